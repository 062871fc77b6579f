import InicisSchema

/// The key-value form of a token whose one hole is a list of two-value records.
struct PairShorthand {
    var recordName: String
    var keyLabel: String
    var keyType: String
    var valueLabel: String
    var valueType: String

    init?(token: GrammarToken, names: BypassTypeNames) {
        let holes = GrammarHole.holes(in: token.elements)
        let owner = BypassTypeNames.recordOwner(token)
        guard holes.count == 1, let record = GrammarRecord.forItems(of: holes[0], owner: owner) else { return nil }
        let fields = record.holes
        guard fields.count == 2 else { return nil }
        recordName = record.name
        keyLabel = fields[0].label
        keyType = names.holeType(fields[0], owner: record.name)
        valueLabel = fields[1].label
        valueType = names.holeType(fields[1], owner: record.name)
    }
}
