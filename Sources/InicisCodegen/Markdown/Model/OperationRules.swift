import InicisSchema

/// A rule at the place where it applies: an operation's rule at the request root, an object's
/// rule once per path where the object sits (its paths are relative to that place).
struct PlacedRule: Sendable {
    let rule: Rule
    /// Where the rule's holder sits; empty for the operation's own rules.
    let components: [String]
    /// The position in `OperationRules.placed`, which the page's anchors follow.
    let index: Int

    /// Unique on the page: the same object rule at two places is two entries.
    var key: String { rule.id + " " + components.joined(separator: ".") }

    var anchorBase: String { PageLinks.ruleAnchor(rule.id, at: components) }

    func absolute(_ relative: String) -> String {
        (components + [relative]).joined(separator: ".")
    }

    /// The full paths the rule constrains (not the paths of its conditions).
    var targets: [String] { rule.kind.paths.map(absolute) }
}

/// Every rule an operation's request is subject to, operation rules first, then object rules in
/// the order the objects are reached.
struct OperationRules: Sendable {
    let placed: [PlacedRule]
    private let byTarget: [String: [PlacedRule]]
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
        var byTarget: [String: [PlacedRule]] = [:]
        for rule in placed {
            for target in Set(rule.targets) { byTarget[target, default: []].append(rule) }
        }
        self.byTarget = byTarget
        firstByID = Dictionary(placed.map { ($0.rule.id, $0) }, uniquingKeysWith: { first, _ in first })
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
