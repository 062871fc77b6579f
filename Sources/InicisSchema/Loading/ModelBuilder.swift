/// Builds the `Schema` model from a document that the XSD has accepted, exactly as written:
/// nothing the schema leaves unsaid is filled in here (`Schema.resolved()` does that).
///
/// The XSD guarantees the shape (required attributes, element order, enumerated values), so the
/// builder reads without second-guessing it; it still never traps on a missing piece, falling back
/// to empty values. What the model cannot represent (an `enum` field without `ref`, `equals`
/// without a value, …) is reported here; everything else is the checker's business.
struct ModelBuilder {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    mutating func build(_ root: ElementNode) -> Schema {
        Schema(
            languageVersion: root.attribute("version") ?? "",
            title: root.child(named: "title")?.text ?? "",
            documentation: documentation(of: root),
            contracts: root.child(named: "contracts")?.children(named: "contract").map(contract) ?? [],
            noteTopics: root.child(named: "note-topics")?.children(named: "topic").map(noteTopic) ?? [],
            enums: root.child(named: "enums")?.children(named: "enum").map(enumType) ?? [],
            objects: root.child(named: "objects")?.children(named: "object").map { objectType($0) } ?? [],
            grammars: root.child(named: "grammars")?.children(named: "grammar").map { grammar($0) } ?? [],
            operations: root.child(named: "operations")?.children(named: "operation").map { operation($0) } ?? [],
            payMethodTables: root.child(named: "pay-method-tables")?.children(named: "table").map(payMethodTable) ?? [],
            location: location(of: root)
        )
    }

    // MARK: Shared pieces

    func location(of node: ElementNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line)
    }

    mutating func error(_ message: String, at node: ElementNode) {
        diagnostics.append(.error(message, at: location(of: node)))
    }

    /// The Documentation group: `summary`, `description`, `note`*, `difference`*.
    func documentation(of node: ElementNode) -> Documentation {
        var documentation = Documentation()
        for child in node.children {
            if child.isNamed("summary") {
                documentation.summary = child.text
            } else if child.isNamed("description") {
                documentation.description = child.text
            } else if child.isNamed("note") {
                documentation.notes.append(Note(
                    child.text,
                    operations: (child.attribute("operations") ?? "").xmlListItems,
                    title: child.attribute("title"),
                    topic: child.attribute("topic"),
                    link: noteLink(child),
                    location: location(of: child)
                ))
            } else if child.isNamed("difference") {
                documentation.differences.append(GuideDifference(
                    guide: child.attribute("guide") ?? "",
                    wire: child.attribute("wire") ?? "",
                    explanation: child.text,
                    kind: child.attribute("kind").flatMap(GuideDifference.Kind.init(rawValue:)) ?? .wire,
                    currentPage: child.attribute("current").flatMap(GuideDifference.CurrentPage.init(rawValue:)),
                    evidence: child.attribute("evidence"),
                    location: location(of: child)
                ))
            }
        }
        return documentation
    }

    /// `href` with its `link` text (the address when there is none); a `link` without `href` keeps
    /// an empty address, which the checker reports.
    private func noteLink(_ note: ElementNode) -> NoteLink? {
        switch (note.attribute("href"), note.attribute("link")) {
        case (let address?, let text): NoteLink(text: text ?? address, address: address)
        case (nil, let text?): NoteLink(text: text, address: "")
        case (nil, nil): nil
        }
    }

    /// An integer attribute (`xs:integer`), reported when it does not fit an `Int`.
    mutating func integerAttribute(_ name: StaticString, of node: ElementNode) -> Int? {
        guard let text = node.attribute(name) else { return nil }
        let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
        guard let value = Int(digits) else {
            error("\(node.name) '\(node.attribute("name") ?? node.attribute("id") ?? "")': \(name)='\(text)' is out of range", at: node)
            return nil
        }
        return value
    }

    // MARK: Contracts

    func contract(_ node: ElementNode) -> Contract {
        Contract(
            id: node.attribute("id") ?? "",
            name: node.child(named: "name")?.text ?? "",
            documentation: documentation(of: node),
            location: location(of: node)
        )
    }

    func noteTopic(_ node: ElementNode) -> NoteTopic {
        NoteTopic(id: node.attribute("id") ?? "", title: node.text, location: location(of: node))
    }
}
