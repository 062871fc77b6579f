import InicisSchema

/// A rule at the place where it applies: an operation's rule at the request root, an object's
/// rule once per path where the object sits (its paths are relative to that place). A class:
/// the rule lists and the cells that mention a rule share one instance instead of copying it.
final class PlacedRule: Sendable {
    let rule: Rule
    /// Where the rule's holder sits; empty for the operation's own rules.
    let components: [String]
    /// The position in `OperationRules.placed`, which the page's anchors follow.
    let index: Int
    /// The components joined with dots, made once: every path of the rule starts with it.
    private let place: String

    init(rule: Rule, components: [String], index: Int) {
        self.rule = rule
        self.components = components
        self.index = index
        place = components.joined(separator: ".")
    }

    /// Unique on the page: the same object rule at two places is two entries.
    var key: String { rule.id + " " + place }

    var anchorBase: String { Links.ruleAnchor(rule.id, at: components) }

    func absolute(_ relative: String) -> String {
        components.isEmpty ? relative : place + "." + relative
    }

    /// The full paths the rule constrains (not the paths of its conditions).
    var targets: [String] { rule.kind.paths.map(absolute) }
}

/// Every rule an operation's request is subject to, operation rules first, then object rules in
/// the order the objects are reached.
struct OperationRules {
    let placed: [PlacedRule]
    /// `concerning` for every constrained path, built once: the field table asks for each of its
    /// rows, and filtering every placement per row made the pages quadratic.
    private let byTarget: [String: [PlacedRule]]
    /// The first placement of each rule id, for the example issues that name rules.
    private let firstByID: [String: PlacedRule]

    init(operation: Operation, fields: OperationFields) {
        var placed: [PlacedRule] = []
        for rule in operation.rules {
            placed.append(PlacedRule(rule: rule, components: [], index: placed.count))
        }
        for occurrence in fields.occurrences {
            for rule in occurrence.object.rules {
                placed.append(PlacedRule(rule: rule, components: occurrence.components, index: placed.count))
            }
        }
        self.placed = placed
        byTarget = Self.index(placed)
        firstByID = Dictionary(placed.map { ($0.rule.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Each placement under every distinct path it targets, in placement order.
    private static func index(_ placed: [PlacedRule]) -> [String: [PlacedRule]] {
        var index: [String: [PlacedRule]] = [:]
        for rule in placed {
            for target in Set(rule.targets) {
                index[target, default: []].append(rule)
            }
        }
        return index
    }

    /// The rules that constrain the field at `path`.
    func concerning(_ path: String) -> [PlacedRule] {
        byTarget[path] ?? []
    }

    /// The first placement of a rule id, for issue codes that name a rule.
    func first(withID id: String) -> PlacedRule? {
        firstByID[id]
    }
}
