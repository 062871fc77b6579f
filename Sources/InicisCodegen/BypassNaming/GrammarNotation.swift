import InicisSchema

/// A token's syntax written out for people: `SKIN(#RRGGBB)`, `slimquota(<카드코드>-<개월>:…^…)`.
/// The bypass page shows it, and parse errors suggest it.
enum GrammarNotation {
    static func text(of elements: [GrammarElement]) -> String {
        elements.map { element in
            switch element {
            case .literal(let text): text
            case .value(let value): placeholder(value)
            case .repetition(_, let separator, let inner): text(of: inner) + separator + "…"
            }
        }.joined()
    }

    /// `#RRGGBB` for colours (the guide's own notation); `<label>` otherwise.
    static func placeholder(_ value: GrammarValue) -> String {
        switch value.kind {
        case .hexColor: "#RRGGBB"
        case .digits, .integer, .enumeration: "<" + label(value) + ">"
        }
    }

    /// What readers call the value: its label, or its name when the schema gives none.
    static func label(_ value: GrammarValue) -> String {
        value.label ?? value.name
    }
}
