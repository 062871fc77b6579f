import InicisSchema

/// Every anchor of one operation page, claimed in a fixed order: path parameters, field rows,
/// enums, objects, rules, examples. Field rows come first, so that a new rule, object or example
/// never renames a field's anchor and outside links to fields survive regeneration. The other
/// pages link into an operation page through the same values.
struct OperationAnchors: Sendable {
    let pathParameters: [String]
    /// Parallel to `OperationFields.rows`.
    let rows: [String]
    private let firstRowByPath: [String: String]
    private let enums: [String: String]
    private let objects: [String: String]
    private let examples: [String: String]
    /// Parallel to `OperationRules.placed`.
    private let rules: [String]
    private let sections: [PageSection: String]

    init(operation: Operation, fields: OperationFields, enumIDs: [String], rules: OperationRules) {
        var set = AnchorSet()
        pathParameters = operation.pathParameters.map { set.claim(operation.id, "path", $0.wireName) }
        rows = fields.rows.map { set.claim(operation.id, $0.path) }
        var firstRowByPath: [String: String] = [:]
        for (row, anchor) in zip(fields.rows, rows) where firstRowByPath[row.path] == nil {
            firstRowByPath[row.path] = anchor
        }
        self.firstRowByPath = firstRowByPath
        // The first of several sections with the same key claims the anchor; the others share it.
        func claim(_ key: String, in sections: inout [String: String], _ parts: String...) -> String {
            if let claimed = sections[key] { return claimed }
            let claimed = parts.count == 1 ? set.claim(parts[0]) : set.claim(parts[0], parts[1])
            sections[key] = claimed
            return claimed
        }
        var enums: [String: String] = [:]
        var objects: [String: String] = [:]
        var ruleAnchors: [String: String] = [:]
        var examples: [String: String] = [:]
        for id in enumIDs { _ = claim(id, in: &enums, "enum", id) }
        for occurrence in fields.occurrences { _ = claim(occurrence.object.id, in: &objects, "object", occurrence.object.id) }
        self.rules = rules.placed.map { claim($0.key, in: &ruleAnchors, $0.anchorBase) }
        for example in operation.examples { _ = claim(example.id, in: &examples, "example", example.id) }
        // Last: a section heading never takes an anchor from a field, rule or example.
        sections = Dictionary(uniqueKeysWithValues: PageSection.allCases.map { ($0, set.claim($0.rawValue)) })
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
        var components = IssuePath.components(path)
        while !components.isEmpty {
            if let anchor = row(components.joined(separator: ".")) { return anchor }
            components.removeLast()
        }
        return nil
    }

    func enumSection(_ id: String) -> String? { enums[id] }
    func object(_ id: String) -> String? { objects[id] }
    func rule(_ placed: PlacedRule) -> String? { rules.indices.contains(placed.index) ? rules[placed.index] : nil }
    func example(_ id: String) -> String? { examples[id] }
    func section(_ section: PageSection) -> String { sections[section] ?? section.rawValue }
}

/// The sections of an operation page, each with an anchor the page's table of contents links.
enum PageSection: String, CaseIterable, Sendable {
    case quickStart = "quick-start"
    case notices
    case fields
    case values
    case rules
    case contracts
    case examples

    var title: String {
        switch self {
        case .quickStart: "빠른 시작"
        case .notices: "유의사항"
        case .fields: "필드"
        case .values: "값"
        case .rules: "규칙"
        case .contracts: "별도 계약"
        case .examples: "예시"
        }
    }
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
