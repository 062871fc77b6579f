import InicisSchema

/// Bypass grammars built by hand to reach every branch of the builders emitter: literals that
/// are hostile Swift and Markdown, keyword names, holes named like the parser's own locals, a
/// token without a leading literal, two holes, nested repetitions of records, enum and unbounded
/// integer values, a keyword-only grammar, and a bypass object with a field on both platforms.
extension SampleSchema {
    static let cardKind = EnumType(
        id: "CardKind",
        values: [
            EnumValue(wire: "VISA", swiftName: "visa", location: here),
            EnumValue(wire: "VISA_GOLD", swiftName: "visaGold", location: here),
            EnumValue(wire: "default", swiftName: "default", location: here),
        ],
        documentation: doc("카드 종류"),
        location: here
    )

    static func value(_ name: String, _ kind: GrammarValue.Kind, label: String? = nil) -> GrammarElement {
        .value(GrammarValue(name: name, label: label, kind: kind))
    }

    static let cardOptionGrammar = BypassGrammar(
        id: "card-option",
        swiftName: "CardOption",
        platform: .mobile,
        tokens: [
            GrammarToken(
                id: "select", swiftName: "select",
                elements: [.literal("sel\"code\\(="), value("default", .digits(length: 3), label: "코드 \"`|<b>\\(x)")],
                examples: ["sel\"code\\(=007"],
                documentation: doc("코드 선택", hostile, notes: [hostile]),
                location: here
            ),
            GrammarToken(
                id: "kinds", swiftName: "kinds", contract: "vat-tax-free",
                elements: [
                    .literal("kinds["),
                    .repetition(name: "groups", separator: "\\", elements: [
                        value("kind", .enumeration("CardKind"), label: "종류"),
                        .literal("*"),
                        .repetition(name: "counts", separator: ",", elements: [value("count", .integer(minimum: nil, maximum: nil))]),
                    ]),
                    .literal("]"),
                ],
                examples: ["kinds[VISA_GOLD*1,20\\default*3]"],
                documentation: doc("종류별 개수"),
                location: here
            ),
            GrammarToken(
                id: "pair", swiftName: "pair",
                elements: [value("parser", .digits(length: 2)), .literal("/"), value("text", .hexColor)],
                examples: ["12/#a0B1c2"],
                documentation: doc("짝"),
                location: here
            ),
            GrammarToken(id: "quotes", swiftName: "quotes", elements: [.literal("\"\"\"")], examples: ["\"\"\""], documentation: doc(hostile), location: here),
        ],
        documentation: doc("카드 옵션 문법", hostile),
        location: here
    )

    static let flagsGrammar = BypassGrammar(
        id: "flags",
        swiftName: "Flags",
        tokens: [
            GrammarToken(id: "on", swiftName: "on", elements: [.literal("on=Y")], examples: ["on=Y"], location: here),
            GrammarToken(id: "default", swiftName: "default", elements: [.literal("default")], examples: ["default"], location: here),
        ],
        documentation: doc("플래그"),
        location: here
    )

    /// A bypass object: a field on each platform, one on both, and one whose Swift name is `pc`.
    static let sampleBypass = ObjectType(
        id: "SampleBypass",
        fields: [
            field("P_CARD_OPTION", swift: "pCardOption", .string, pc: .unsupported, mobile: .optional, grammar: "card-option", doc: doc("카드 옵션")),
            field("flags", .array(.string), pc: .optional, mobile: .optional, grammar: "flags", doc: doc("플래그")),
            field("pc", .string, pc: .optional, mobile: .unsupported, doc: doc("PC 전용 이름")),
        ],
        documentation: doc("샘플 bypass"),
        location: here
    )
}
