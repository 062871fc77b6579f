import InicisSchema

/// Every anchor of one operation page. Claimed in a fixed order, field rows first, so that a new
/// rule, object or example never renames a field's anchor: outside links to fields survive
/// regeneration. The other pages link into an operation page through the same values.
struct OperationAnchors {
    let pathParameters: [String]
    /// Parallel to `OperationFields.rows`.
    let rows: [String]
    private let firstRowByPath: [String: String]
    /// Section anchors by id, one table per kind (the lookups then need no composed key).
    private let enums: [String: String]
    private let objects: [String: String]
    private let examples: [String: String]
    /// Parallel to `OperationRules.placed`.
    private let rules: [String]

    init(operation: Operation, fields: OperationFields, enumIDs: [String], rules: OperationRules) {
        let sectionCount = enumIDs.count + fields.occurrences.count + rules.placed.count + operation.examples.count
        var set = AnchorSet(capacity: operation.pathParameters.count + fields.rows.count + sectionCount)
        pathParameters = operation.pathParameters.map { set.claim(operation.id, "path", $0.wireName) }
        // By index: iterating the rows would copy each `FieldRow`.
        let fieldRows = fields.rows
        rows = fieldRows.indices.map { set.claim(operation.id, fieldRows[$0].path) }
        var firstRowByPath: [String: String] = Dictionary(minimumCapacity: fieldRows.count)
        for index in fieldRows.indices where firstRowByPath[fieldRows[index].path] == nil {
            firstRowByPath[fieldRows[index].path] = rows[index]
        }
        self.firstRowByPath = firstRowByPath
        // The first of several sections with the same key claims the anchor; the others share it.
        func claim(_ key: String, in sections: inout [String: String], _ anchor: (inout AnchorSet) -> String) -> String {
            if let claimed = sections[key] { return claimed }
            let claimed = anchor(&set)
            sections[key] = claimed
            return claimed
        }
        var enums: [String: String] = Dictionary(minimumCapacity: enumIDs.count)
        var objects: [String: String] = Dictionary(minimumCapacity: fields.occurrences.count)
        var ruleAnchorsByKey: [String: String] = Dictionary(minimumCapacity: rules.placed.count)
        var examples: [String: String] = Dictionary(minimumCapacity: operation.examples.count)
        // `claim("enum", id)` slugs as `Links.enumAnchor(id)` does, without the string in between.
        for id in enumIDs { _ = claim(id, in: &enums) { $0.claim("enum", id) } }
        for occurrence in fields.occurrences {
            let id = occurrence.object.id
            _ = claim(id, in: &objects) { $0.claim("object", id) }
        }
        self.rules = rules.placed.map { placed in claim(placed.key, in: &ruleAnchorsByKey) { $0.claim(placed.anchorBase) } }
        for example in operation.examples { _ = claim(example.id, in: &examples) { $0.claim("example", example.id) } }
        self.enums = enums
        self.objects = objects
        self.examples = examples
    }

    /// The row of a field path (`customer.email`); nil for a path the request does not have.
    func row(_ path: String) -> String? {
        firstRowByPath[path]
    }

    /// The row of a validator issue path: array indices dropped (`items[0].vatAmount` ->
    /// `items.vatAmount`), the nearest field that exists (a bypass option at `acceptmethod[2]`).
    func row(forIssuePath path: String) -> String? {
        if let joined = IssuePath.asciiJoinedPrefixes(path) {
            // Longest prefix first, as below, without an array of components joined per try.
            for end in joined.ends.reversed() {
                if let anchor = row(String(decoding: joined.bytes[..<end], as: UTF8.self)) { return anchor }
            }
            return nil
        }
        var components = IssuePath.components(path)
        while !components.isEmpty {
            if let anchor = row(components.joined(separator: ".")) { return anchor }
            components.removeLast()
        }
        return nil
    }

    func enumSection(_ id: String) -> String? { enums[id] }
    func objectSection(_ id: String) -> String? { objects[id] }
    func rule(_ placed: PlacedRule) -> String? { rules.indices.contains(placed.index) ? rules[placed.index] : nil }
    func example(_ id: String) -> String? { examples[id] }
}

/// Validator issue paths: `items[0].vatAmount` -> `["items", "vatAmount"]`.
enum IssuePath {
    static func components(_ path: String) -> [String] {
        // Brackets and dots are ASCII: an ASCII path splits on its bytes. Elsewhere a bracket may
        // carry a combining mark and be another character, so go by characters.
        if path.utf8.allSatisfy({ $0 < 0x80 }) { return asciiComponents(path) }
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

    /// For an ASCII path: its components joined by `.`, and where each component ends, so that
    /// `bytes[..<ends[k]]` is `components(path).prefix(k + 1).joined(separator: ".")`.
    /// Nil for a path with other characters.
    static func asciiJoinedPrefixes(_ path: String) -> (bytes: [UInt8], ends: [Int])? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        var ends: [Int] = []
        var componentStart = 0
        var depth = 0
        // The same walk as `asciiComponents`; an empty component is left out with its dot.
        func endComponent() {
            guard bytes.count > componentStart else { return }
            ends.append(bytes.count)
            bytes.append(UInt8(ascii: "."))
            componentStart = bytes.count
        }
        for byte in path.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth = max(0, depth - 1)
            case UInt8(ascii: ".") where depth == 0: endComponent()
            default: if depth == 0 { bytes.append(byte) }
            }
        }
        endComponent()
        return (bytes, ends)
    }

    private static func asciiComponents(_ path: String) -> [String] {
        var components: [String] = []
        var component: [UInt8] = []
        var depth = 0
        func endComponent() {
            if !component.isEmpty { components.append(String(decoding: component, as: UTF8.self)) }
            component.removeAll(keepingCapacity: true)
        }
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth = max(0, depth - 1)
            case UInt8(ascii: ".") where depth == 0: endComponent()
            default: if depth == 0 { component.append(byte) }
            }
        }
        endComponent()
        return components
    }
}
