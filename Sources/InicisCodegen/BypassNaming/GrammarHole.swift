import InicisSchema

/// A place in a token's syntax that holds data: a value (`#C1272C`) or a repetition
/// (`11-2:3^34-2:3`). Literals carry none; each hole becomes a payload of the token's case, or a
/// property of a record.
struct GrammarHole {
    enum Shape {
        case value(GrammarValue)
        case repetition(separator: String, elements: [GrammarElement])
    }

    var name: String
    var shape: Shape

    /// The holes of one level of syntax, in order.
    static func holes(in elements: [GrammarElement]) -> [GrammarHole] {
        elements.compactMap { element in
            switch element {
            case .literal: nil
            case .value(let value): GrammarHole(name: value.name, shape: .value(value))
            case .repetition(let name, let separator, let inner): GrammarHole(name: name, shape: .repetition(separator: separator, elements: inner))
            }
        }
    }

    /// The Swift identifier for the hole as a parameter, property or local.
    var identifier: String { SwiftIdentifier.escaped(name) }

    /// The hole's name as an argument label of a call (`.plans(cardCode: …)`).
    var label: String { SwiftIdentifier.label(name) }
}

/// A repetition whose items hold more than one value (`<카드코드>-<개월>:…`) becomes a struct
/// nested in the grammar's enum, named after its token and the singular of the repetition
/// (`slimQuota` + `plans` → `SlimQuotaPlan`).
struct GrammarRecord {
    var name: String
    var elements: [GrammarElement]
    var holes: [GrammarHole] { GrammarHole.holes(in: elements) }

    /// The record an item of `repetition` needs, or nil when each item is one value (then the
    /// repetition is a list of that value). An item that is only another repetition gets a record
    /// too, so that every list item knows its own separator.
    static func forItems(of repetition: GrammarHole, owner: String) -> GrammarRecord? {
        guard case .repetition(_, let elements) = repetition.shape else { return nil }
        let holes = GrammarHole.holes(in: elements)
        if holes.count == 1, case .value = holes[0].shape { return nil }
        return GrammarRecord(name: owner + Naming.upperCamel(singular(repetition.name)), elements: elements)
    }

    /// `plans` → `plan`; a name that is not an English plural gets `Item`.
    private static func singular(_ name: String) -> String {
        name.count > 1 && name.hasSuffix("s") ? String(name.dropLast()) : name + "Item"
    }
}
