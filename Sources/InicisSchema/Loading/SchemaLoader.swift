/// What loading a schema file gives: the model when the file has no errors, and every diagnostic.
public struct SchemaLoadResult: Sendable {
    /// nil when any diagnostic is an error.
    public var schema: Schema?
    /// In source order.
    public var diagnostics: [Diagnostic]

    public init(schema: Schema?, diagnostics: [Diagnostic]) {
        self.schema = schema
        self.diagnostics = diagnostics
    }
}

/// Turns the bytes of a schema file into a checked `Schema`:
/// bytes check → safe XML parse → XSD validation → model building → semantic checks.
///
/// Each stage's result counts only when the previous one found no error, since its input would
/// not be trustworthy; within a stage every problem is reported, not only the first. (Model
/// building overlaps XSD validation, as both only read the parsed tree, but a model built from a
/// document the XSD rejects is thrown away unseen.)
public struct SchemaLoader: Sendable {
    /// Large enough for any schema a person writes (the real one is under 300 KB); small enough
    /// that a stray multi-megabyte file is refused before it is parsed, in bounded memory.
    public static let defaultMaximumFileSize = 16 * 1024 * 1024

    /// Files above this many bytes are refused before parsing.
    public var maximumFileSize: Int

    /// `maximumFileSize` is raised only by the benchmark, which loads synthetic schemas 100 times
    /// the real one's size.
    public init(maximumFileSize: Int = SchemaLoader.defaultMaximumFileSize) {
        self.maximumFileSize = maximumFileSize
    }

    /// The diagnostic for a file of `size` bytes over the limit, or nil. Lets a caller refuse a
    /// huge file from its size alone, before reading it into memory.
    public func sizeProblem(_ size: Int, path: String) -> Diagnostic? {
        size > maximumFileSize ? UTF8Check.tooLarge(size: size, maximumSize: maximumFileSize, file: path) : nil
    }

    /// Parses `bytes` (the schema file's contents; `path` is only used in diagnostics), rejects
    /// hostile input, validates against the schema language XSD, builds the model, runs the
    /// checker. `schema` is nil when any error was found. Never throws, never crashes, never reads
    /// another file or the network.
    public func load(_ bytes: [UInt8], path: String) -> SchemaLoadResult {
        let (schema, diagnostics) = run(bytes, path: path)
        let sorted = diagnostics.sortedBySource()
        return SchemaLoadResult(schema: sorted.hasErrors ? nil : schema, diagnostics: sorted)
    }

    private func run(_ bytes: [UInt8], path: String) -> (Schema?, [Diagnostic]) {
        XSDValidator.compileInBackground()
        if let problem = UTF8Check.problem(in: bytes, file: path, maximumSize: maximumFileSize) {
            return (nil, [problem])
        }
        let (built, diagnostics) = readModel(bytes, path: path)
        guard let built, !diagnostics.hasErrors else { return (nil, diagnostics) }
        let checked = SchemaChecker.check(built.schema, reachability: built.reachability)
        return (built.schema, diagnostics + built.diagnostics + checked)
    }

    /// The model of the file, with the parser's and the XSD's diagnostics; no model when either
    /// found an error.
    ///
    /// The parsed tree lives only in here. It is freed on another thread once the model is built,
    /// so that the checker does not wait for it: freeing a large tree takes a fifth as long as
    /// parsing it.
    private func readModel(_ bytes: [UInt8], path: String) -> (BuiltModel?, [Diagnostic]) {
        let (parsed, parseDiagnostics) = XMLDocument.parse(bytes, file: path)
        guard let document = parsed, let root = document.rootElement else {
            return (nil, parseDiagnostics.hasErrors ? parseDiagnostics : parseDiagnostics + [missingRoot(path)])
        }
        defer { document.freeInBackground() }
        var diagnostics = parseDiagnostics
        if let problem = rootProblem(root, file: path) {
            return (nil, diagnostics + [problem])
        }
        let validator: XSDValidator
        switch XSDValidator.shared {
        case .failure(let failure):
            return (nil, diagnostics + failure.diagnostics)
        case .success(let compiled):
            validator = compiled
        }
        // Both only read the tree, so the model is built while the XSD validates. It is used only
        // when the document is valid: otherwise the XSD's errors are all that is reported, as if
        // the builder had never run.
        let (validation, built) = Concurrently.run(
            { validator.validate(document, file: path) },
            { BuiltModel(root, file: path, keeping: document) }
        )
        diagnostics += validation
        return (diagnostics.hasErrors ? nil : built, diagnostics)
    }

    private func missingRoot(_ file: String) -> Diagnostic {
        .error("the schema file has no root element; expected <\(SchemaLanguage.rootElementName) xmlns=\"\(SchemaLanguage.namespace)\">", at: SourceLocation(file: file, line: 1))
    }

    /// A wrong root gives one clear error instead of the XSD validator's generic complaint.
    private func rootProblem(_ root: ElementNode, file: String) -> Diagnostic? {
        let expected = "<\(SchemaLanguage.rootElementName) xmlns=\"\(SchemaLanguage.namespace)\">"
        let location = SourceLocation(file: file, line: root.line)
        guard root.name == SchemaLanguage.rootElementName else {
            return .error("the root element is '\(root.name)'; expected \(expected)", at: location)
        }
        guard let namespace = root.namespaceURI else {
            return .error("the root element '\(root.name)' has no namespace; expected \(expected)", at: location)
        }
        guard namespace == SchemaLanguage.namespace else {
            return .error("the root element is in namespace '\(namespace)'; expected \(expected)", at: location)
        }
        return nil
    }
}

/// What the model builder gives: the schema, what it reported, and which operations reach which
/// objects (worked out for the platform defaults, and needed again by the checker).
private struct BuiltModel: Sendable {
    let schema: Schema
    let reachability: ObjectReachability
    let diagnostics: [Diagnostic]

    /// Builds the model of the tree under `root`; `document` owns the tree.
    init(_ root: ElementNode, file: String, keeping document: XMLDocument) {
        var builder = ModelBuilder(file: file)
        schema = withExtendedLifetime(document) { builder.build(root) }
        reachability = builder.reachability ?? ObjectReachability(schema)
        diagnostics = builder.diagnostics
    }
}
