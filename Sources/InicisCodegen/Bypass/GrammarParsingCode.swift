import InicisSchema

/// The statements that read one level of syntax with a `BypassScanner` named `scanner`, each hole
/// into a local of its name, and the expression that builds the result from those locals.
struct GrammarParsingCode {
    let names: BypassTypeNames

    /// Locals the parsing code itself uses; a hole with one of these names gets a suffix.
    private static let reserved: Set<String> = ["scanner", "parser", "text"]

    static func local(_ hole: GrammarHole) -> String {
        reserved.contains(hole.name) ? hole.name + "Value" : hole.identifier
    }

    func statements(for elements: [GrammarElement], owner: String) -> [String] {
        elements.map { element in
            switch element {
            case .literal(let text):
                return "try scanner.expect(\(SwiftStringLiteral.render(text)))"
            case .value(let value):
                let hole = GrammarHole(name: value.name, shape: .value(value))
                return "let \(Self.local(hole)) = try \(names.valueType(value)).scan(&scanner)"
            case .repetition(let name, let separator, let inner):
                let hole = GrammarHole(name: name, shape: .repetition(separator: separator, elements: inner))
                return "let \(Self.local(hole)): \(names.holeType(hole, owner: owner)) = try scanner.repeated(separator: \(SwiftStringLiteral.render(separator)))"
            }
        }
    }

    /// `(color)` for one hole, `(cardCode: cardCode, months: months)` for several, `` for none.
    static func arguments(for holes: [GrammarHole], labeled: Bool) -> String {
        guard !holes.isEmpty else { return "" }
        let arguments = holes.map { hole in labeled ? "\(hole.identifier): \(local(hole))" : local(hole) }
        return "(" + arguments.joined(separator: ", ") + ")"
    }

    /// The leading literal a token is recognised by (`SKIN(`), and the elements after it.
    static func split(_ elements: [GrammarElement]) -> (prefix: String, rest: [GrammarElement]) {
        if case .literal(let text)? = elements.first {
            return (text, Array(elements.dropFirst()))
        }
        return ("", elements)
    }
}
