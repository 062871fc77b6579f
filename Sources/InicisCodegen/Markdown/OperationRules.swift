import InicisSchema

/// A rule at the place where it applies: an operation's rule at the request root, an object's
/// rule once per path where the object sits (its paths are relative to that place).
struct PlacedRule {
    let rule: Rule
    /// Where the rule's holder sits; empty for the operation's own rules.
    let components: [String]

    /// Unique on the page: the same object rule at two places is two entries.
    var key: String { rule.id + " " + components.joined(separator: ".") }

    var anchorBase: String { Links.ruleAnchor(rule.id, at: components) }

    func absolute(_ relative: String) -> String {
        (components + [relative]).joined(separator: ".")
    }

    /// The full paths the rule constrains (not the paths of its conditions).
    var targets: [String] { rule.kind.paths.map(absolute) }
}

/// Every rule an operation's request is subject to, operation rules first, then object rules in
/// the order the objects are reached.
struct OperationRules {
    let placed: [PlacedRule]

    init(operation: Operation, fields: OperationFields) {
        placed = operation.rules.map { PlacedRule(rule: $0, components: []) }
            + fields.occurrences.flatMap { occurrence in
                occurrence.object.rules.map { PlacedRule(rule: $0, components: occurrence.components) }
            }
    }

    /// The rules that constrain the field at `path`.
    func concerning(_ path: String) -> [PlacedRule] {
        placed.filter { $0.targets.contains(path) }
    }

    /// The first placement of a rule id, for issue codes that name a rule.
    func first(withID id: String) -> PlacedRule? {
        placed.first { $0.rule.id == id }
    }
}
