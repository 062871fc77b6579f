import InicisSchema

/// The part of each enum's section that is the same on every operation page (documentation, alias
/// note, support summary, values table), rendered once per schema: the big enums (countries,
/// currencies, banks) appear on most pages, and their tables were most of the pages' work.
struct EnumSectionBodies: Sendable {
    private let bodies: [String: MarkdownPage]

    /// The enums that some operation's fields use, each rendered once.
    init(operations: [OperationContext], schema: Schema) {
        var seen = Set<String>()
        let ids = operations.flatMap { $0.enumIDs }.filter { seen.insert($0).inserted }
        let enums = ids.compactMap(schema.enumType)
        let rendered = enums.map { EnumSection.body(of: $0) }
        bodies = Dictionary(zip(enums.map(\.id), rendered), uniquingKeysWith: { first, _ in first })
    }

    func body(of enumType: EnumType) -> MarkdownPage {
        bodies[enumType.id] ?? EnumSection.body(of: enumType)
    }
}
