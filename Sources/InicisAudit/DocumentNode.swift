/// One node of a YAML or JSON document as plain data. Both of PortOne's schemas are read into
/// this, so that reading their vocabularies (`resourceRef`, `$ref`, `allOf`, …) never touches a
/// parser's own types, and the walk can say where each node was written.
struct DocumentNode: Sendable {
    enum Content: Sendable {
        case scalar(String)
        case mapping(DocumentMapping)
        case sequence([DocumentNode])
    }

    var content: Content
    /// 1-based line in the file; nil for JSON, whose parser reports no positions (a JSON node is
    /// located by its pointer instead).
    var line: Int?

    var scalar: String? {
        if case .scalar(let text) = content { text } else { nil }
    }

    var mapping: DocumentMapping? {
        if case .mapping(let mapping) = content { mapping } else { nil }
    }

    var sequence: [DocumentNode]? {
        if case .sequence(let nodes) = content { nodes } else { nil }
    }

    subscript(key: String) -> DocumentNode? {
        mapping?[key]
    }

    /// `true` as both documents write it (PortOne's YAML is read by a YAML 1.2 parser, so `yes`
    /// is not true there either).
    var isTrue: Bool {
        scalar == "true"
    }
}

/// A mapping that keeps its keys in document order, as PortOne's YAML lists properties and enum
/// variants, and finds a key in constant time.
struct DocumentMapping: Sendable {
    struct Entry: Sendable {
        var key: String
        /// The line of the key itself, where a reader would look for the property.
        var keyLine: Int?
        var value: DocumentNode
    }

    private(set) var entries: [Entry] = []
    private var positions: [String: Int] = [:]

    /// The first of duplicated keys is kept, as a reader of the file would see it.
    mutating func append(key: String, keyLine: Int?, value: DocumentNode) {
        guard positions[key] == nil else { return }
        positions[key] = entries.count
        entries.append(Entry(key: key, keyLine: keyLine, value: value))
    }

    subscript(key: String) -> DocumentNode? {
        entry(key)?.value
    }

    func entry(_ key: String) -> Entry? {
        positions[key].map { entries[$0] }
    }

    var keys: [String] {
        entries.map(\.key)
    }
}
