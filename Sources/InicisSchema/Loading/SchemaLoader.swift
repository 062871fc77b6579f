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

/// Turns the bytes of a schema file into a checked `Schema`, exactly as written:
/// bytes check → safe XML parse → XSD validation → model building → semantic checks.
///
/// Each stage runs only when the previous one found no error, since its input would not be
/// trustworthy; within a stage every problem is reported, not only the first. Defaults are not
/// applied here: `Schema.resolved()` does that, once the schema is known to be clean.
public struct SchemaLoader: Sendable {
    /// Large enough for any schema a person writes (the real one is under 300 KB); small enough
    /// that a stray multi-megabyte file is refused before it is parsed, in bounded memory.
    public static let defaultMaximumFileSize = 16 * 1024 * 1024

    /// Files above this many bytes are refused before parsing.
    public var maximumFileSize: Int

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
        if let problem = UTF8Check.problem(in: bytes, file: path, maximumSize: maximumFileSize) {
            return (nil, [problem])
        }
        let (built, diagnostics) = readModel(bytes, path: path)
        guard let built, !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (built, diagnostics + SchemaChecker.check(built))
    }

    /// The model of the file, with the diagnostics of the parser, the XSD and the model builder;
    /// no model when the parser or the XSD found an error. The parsed tree lives only in here.
    private func readModel(_ bytes: [UInt8], path: String) -> (Schema?, [Diagnostic]) {
        let (parsed, parseDiagnostics) = XMLDocument.parse(bytes, file: path)
        guard let document = parsed, let root = document.rootElement else {
            return (nil, parseDiagnostics.hasErrors ? parseDiagnostics : parseDiagnostics + [missingRoot(path)])
        }
        if let problem = rootProblem(root, file: path) {
            return (nil, parseDiagnostics + [problem])
        }
        let validator: XSDValidator
        switch XSDValidator.shared {
        case .failure(let failure):
            return (nil, parseDiagnostics + failure.diagnostics)
        case .success(let compiled):
            validator = compiled
        }
        let validation = validator.validate(document, file: path)
        guard !validation.hasErrors else { return (nil, parseDiagnostics + validation) }
        var builder = ModelBuilder(file: path)
        let schema = withExtendedLifetime(document) { builder.build(root) }
        return (schema, parseDiagnostics + validation + builder.diagnostics)
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
