import InicisSchema

/// The Swift expression that builds a token's example: `.skin("#C1272C")`,
/// `.slimQuota([.init(cardCode: "11", months: [2, 3]), …])`. It uses the names the Swift emitter
/// declares (`BypassTypeNames`, `GrammarHole`), so the page shows calls that compile.
struct BuilderCall {
    let schema: Schema

    /// Nil when the example does not follow the token's syntax (the schema tests report that).
    func expression(for token: GrammarToken, example: String) -> String? {
        var reader = GrammarExampleReader(schema: schema)
        guard let parts = reader.read(example, as: token.elements) else { return nil }
        let caseName = "." + BypassTypeNames.caseName(token)
        let holes = GrammarHole.holes(in: token.elements)
        switch holes.count {
        case 0: return caseName
        case 1: return caseName + "(" + argument(parts[0], hole: holes[0]) + ")"
        default: return caseName + "(" + labeled(parts, holes: holes) + ")"
        }
    }

    /// The key-value shorthand (`.slimQuota(["11": [2, 3], "34": [2, 3]])`) where the token has one.
    func pairExpression(for token: GrammarToken, example: String) -> String? {
        guard PairShorthand(token: token, names: BypassTypeNames(schema: schema)) != nil,
              case .repetition(_, let elements) = GrammarHole.holes(in: token.elements)[0].shape
        else { return nil }
        var reader = GrammarExampleReader(schema: schema)
        guard let parts = reader.read(example, as: token.elements), case .repetition(let items)? = parts.first else { return nil }
        let fields = GrammarHole.holes(in: elements)
        let pairs = items.map { item in
            argument(item[0], hole: fields[0]) + ": " + argument(item[1], hole: fields[1])
        }
        return "." + BypassTypeNames.caseName(token) + "([" + pairs.joined(separator: ", ") + "])"
    }

    private typealias Part = GrammarExampleReader.Part

    private func labeled(_ parts: [Part], holes: [GrammarHole]) -> String {
        zip(holes, parts).map { hole, part in hole.identifier + ": " + argument(part, hole: hole) }.joined(separator: ", ")
    }

    /// A value as the literal its type accepts; a list as an array literal; a record as `.init(…)`.
    private func argument(_ part: Part, hole: GrammarHole) -> String {
        switch (part, hole.shape) {
        case (.value(let value, let text), _):
            return literal(text, of: value)
        case (.repetition(let items), .repetition(_, let elements)):
            let inner = GrammarHole.holes(in: elements)
            let isRecord = GrammarRecord.forItems(of: hole, owner: "") != nil
            let rendered = items.map { item in
                isRecord ? ".init(" + labeled(item, holes: inner) + ")" : argument(item[0], hole: inner[0])
            }
            return "[" + rendered.joined(separator: ", ") + "]"
        case (.repetition, .value):
            return "_"
        }
    }

    private func literal(_ text: String, of value: GrammarValue) -> String {
        switch value.kind {
        case .hexColor, .digits:
            return SwiftSource.literal(text)
        case .integer:
            return text
        case .enumeration(let id):
            let name = schema.enumType(id)?.value(text)?.swiftName ?? text
            return "." + SwiftIdentifier.escaped(name)
        }
    }
}
