import InicisSchema

/// The Swift expressions that turn a token's typed values into its string and a grammar match's
/// captures into typed values.
struct GrammarSwiftCode {
    let names: BypassTypeNames

    /// `"slimquota(" + plans.map { … }.joined(separator: "^") + ")"`: the string of `elements`,
    /// whose holes are in scope as locals (or, with an `owner` prefix, as its properties).
    static func rendering(_ elements: [GrammarElement], owner: String) -> String {
        let parts = elements.map { element -> String in
            switch element {
            case .literal(let text):
                return SwiftSource.literal(text)
            case .value(let value):
                return text(of: owner + SwiftIdentifier.escaped(value.name), value)
            case .repetition(let name, let separator, let inner):
                let item = GrammarHole.holes(in: inner)
                let isSingleValue = item.count == 1 && { if case .value = item[0].shape { true } else { false } }()
                let body = isSingleValue
                    ? rendering(inner.map { element in element }, owner: "", single: "$0")
                    : rendering(inner, owner: "$0.")
                return owner + SwiftIdentifier.escaped(name) + ".map { " + body + " }.joined(separator: " + SwiftSource.literal(separator) + ")"
            }
        }
        return parts.isEmpty ? "\"\"" : parts.joined(separator: " + ")
    }

    /// The string of a repetition item that is one value, named `single`.
    private static func rendering(_ elements: [GrammarElement], owner: String, single: String) -> String {
        elements.map { element -> String in
            switch element {
            case .literal(let text): SwiftSource.literal(text)
            case .value(let value): text(of: single, value)
            case .repetition: single
            }
        }.joined(separator: " + ")
    }

    private static func text(of expression: String, _ value: GrammarValue) -> String {
        if case .integer = value.kind { return "String(\(expression).rawValue)" }
        return expression + ".rawValue"
    }

    /// The typed value of `hole` from the capture expression `capture`.
    func reading(_ hole: GrammarHole, from capture: String, owner: String) -> String {
        switch hole.shape {
        case .value(let value):
            return reading(value, from: capture)
        case .repetition(_, let elements):
            let item = GrammarHole.holes(in: elements)
            let element: String
            if let record = GrammarRecord.forItems(of: hole, owner: owner) {
                let arguments = item.enumerated().map { offset, inner in
                    inner.label + ": " + reading(inner, from: "$0[\(offset)]", owner: record.name)
                }
                element = record.name + "(" + arguments.joined(separator: ", ") + ")"
            } else {
                element = reading(item[0], from: "$0[0]", owner: owner)
            }
            return "Inicis.Bypass.OneOrMore(\(capture).occurrences.map { \(element) })!"
        }
    }

    private func reading(_ value: GrammarValue, from capture: String) -> String {
        let type = names.valueType(value)
        switch value.kind {
        case .hexColor, .digits: return "\(type)(unchecked: \(capture).text)"
        case .integer: return "\(type)(unchecked: Int(\(capture).text)!)"
        case .enumeration: return "\(type)(rawValue: \(capture).text)"
        }
    }
}
