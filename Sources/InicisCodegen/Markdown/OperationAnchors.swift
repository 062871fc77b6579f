import InicisSchema

/// Every anchor of one operation page. Claimed in a fixed order, field rows first, so that a new
/// rule, object or example never renames a field's anchor: outside links to fields survive
/// regeneration. The other pages link into an operation page through the same values.
struct OperationAnchors {
    let pathParameters: [String]
    /// Parallel to `OperationFields.rows`.
    let rows: [String]
    private let sections: [String: String]
    private let firstRowByPath: [String: String]

    init(operation: Operation, fields: OperationFields, rules: OperationRules, schema: Schema) {
        var set = AnchorSet()
        pathParameters = operation.pathParameters.map { set.claim(operation.id, "path", $0.wireName) }
        rows = fields.rows.map { set.claim(operation.id, $0.path) }
        var firstRowByPath: [String: String] = [:]
        for (row, anchor) in zip(fields.rows, rows) where firstRowByPath[row.path] == nil {
            firstRowByPath[row.path] = anchor
        }
        self.firstRowByPath = firstRowByPath
        var sections: [String: String] = [:]
        func claim(_ key: String, _ anchor: String) {
            if sections[key] == nil { sections[key] = set.claim(anchor) }
        }
        fields.enumIDs().forEach { claim("enum " + $0, Links.enumAnchor($0)) }
        fields.occurrences.forEach { claim("object " + $0.object.id, Links.objectAnchor($0.object.id)) }
        rules.placed.forEach { claim("rule " + $0.key, $0.anchorBase) }
        operation.examples.forEach { claim("example " + $0.id, Links.exampleAnchor($0.id)) }
        self.sections = sections
    }

    /// The row of a field path (`customer.email`); nil for a path the request does not have.
    func row(_ path: String) -> String? {
        firstRowByPath[path]
    }

    /// The row of a validator issue path: array indices dropped (`items[0].vatAmount` ->
    /// `items.vatAmount`), the nearest field that exists (a bypass option at `acceptmethod[2]`).
    func row(forIssuePath path: String) -> String? {
        var components = IssuePath.components(path)
        while !components.isEmpty {
            if let anchor = row(components.joined(separator: ".")) { return anchor }
            components.removeLast()
        }
        return nil
    }

    func enumSection(_ id: String) -> String? { sections["enum " + id] }
    func objectSection(_ id: String) -> String? { sections["object " + id] }
    func rule(_ placed: PlacedRule) -> String? { sections["rule " + placed.key] }
    func example(_ id: String) -> String? { sections["example " + id] }
}

/// Validator issue paths: `items[0].vatAmount` -> `["items", "vatAmount"]`.
enum IssuePath {
    static func components(_ path: String) -> [String] {
        var withoutIndices = ""
        var depth = 0
        for character in path {
            switch character {
            case "[": depth += 1
            case "]": depth = max(0, depth - 1)
            default: if depth == 0 { withoutIndices.append(character) }
            }
        }
        return withoutIndices.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
    }
}
