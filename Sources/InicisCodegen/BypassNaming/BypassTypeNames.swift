import InicisSchema

/// The Swift names of everything the bypass builders declare, in one place: the Swift emitter
/// declares them and the bypass page quotes them, so the two cannot drift.
struct BypassTypeNames {
    let schema: Schema

    /// `#RRGGBB` colours share one type; digits and integers are named after the value
    /// (`cardCode` → `CardCode`, `month` → `Month`); enum values use the schema enum's type.
    func valueType(_ value: GrammarValue) -> String {
        switch value.kind {
        case .hexColor: "Inicis.Bypass.HexColor"
        case .digits, .integer: "Inicis.Bypass." + value.typeName
        case .enumeration(let id): "Inicis." + (schema.enumType(id)?.swiftName ?? Naming.upperCamel(id))
        }
    }

    /// The payload type of a hole; `owner` names records nested under it.
    func holeType(_ hole: GrammarHole, owner: String) -> String {
        switch hole.shape {
        case .value(let value):
            return valueType(value)
        case .repetition(_, let elements):
            if let record = GrammarRecord.forItems(of: hole, owner: owner) {
                return "Inicis.Bypass.OneOrMore<\(record.name)>"
            }
            return "Inicis.Bypass.OneOrMore<\(holeType(GrammarHole.holes(in: elements)[0], owner: owner))>"
        }
    }

    /// The records a token needs, outermost first (a record's own repetitions may need more).
    func records(of token: GrammarToken) -> [GrammarRecord] {
        records(in: token.elements, owner: Self.recordOwner(token))
    }

    private func records(in elements: [GrammarElement], owner: String) -> [GrammarRecord] {
        GrammarHole.holes(in: elements).flatMap { hole -> [GrammarRecord] in
            guard case .repetition(_, let inner) = hole.shape else { return [] }
            if let record = GrammarRecord.forItems(of: hole, owner: owner) {
                return [record] + records(in: record.elements, owner: record.name)
            }
            return records(in: inner, owner: owner)
        }
    }

    /// Records of a token are named after it: `SlimQuota…`.
    static func recordOwner(_ token: GrammarToken) -> String {
        Naming.upperCamel(token.swiftName)
    }

    static func caseName(_ token: GrammarToken) -> String {
        SwiftIdentifier.escaped(token.swiftName)
    }

    /// The value types the grammars use, once each by name, in schema order.
    func valueTypes() -> [GrammarValue] {
        var seen: Set<String> = []
        return schema.grammars.flatMap { grammar in grammar.tokens.flatMap(\.values) }
            .filter { seen.insert(valueType($0)).inserted }
    }
}
