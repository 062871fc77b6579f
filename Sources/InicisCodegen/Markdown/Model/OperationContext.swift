import InicisSchema

/// What every page needs to know about one operation, computed once: its fields by full path with
/// their requirements as a reader needs them, its rules where they apply, the anchors of its page
/// and what the validator says about each of its examples.
final class OperationContext: Sendable {
    let operation: Operation
    let schema: Schema
    let fields: OperationFields
    /// Parallel to `fields.rows`.
    let requirements: [[Platform: PageRequirement]]
    let rules: OperationRules
    let anchors: OperationAnchors
    /// The enums the rows use, in first-use order.
    let enumIDs: [String]
    /// By example id.
    let issues: [String: [PageIssue]]
    /// `payment.md`: the operation's main page, which every anchor of the operation reaches.
    let page: String
    /// Whether the fields and the examples have pages of their own.
    let layout: PageLayout

    init(operation: Operation, schema: Schema, validator: ExampleValidator, layout: PageLayout = .single) {
        self.operation = operation
        self.schema = schema
        fields = OperationFields(operation: operation, schema: schema)
        requirements = PageRequirement.table(for: fields, platforms: operation.kind.platforms)
        enumIDs = fields.enumIDs()
        rules = OperationRules(operation: operation, fields: fields)
        anchors = OperationAnchors(operation: operation, fields: fields, enumIDs: enumIDs, rules: rules)
        issues = Dictionary(operation.examples.map { ($0.id, validator.issues(of: $0, in: operation)) }, uniquingKeysWith: { first, _ in first })
        page = PageLinks.operationPage(operation)
        self.layout = layout
    }

    /// The same operation laid out on other pages.
    func laidOut(_ layout: PageLayout) -> OperationContext {
        OperationContext(copying: self, layout: layout)
    }

    private init(copying other: OperationContext, layout: PageLayout) {
        operation = other.operation
        schema = other.schema
        fields = other.fields
        requirements = other.requirements
        enumIDs = other.enumIDs
        rules = other.rules
        anchors = other.anchors
        issues = other.issues
        page = other.page
        self.layout = layout
    }

    /// The file that holds a section.
    func file(of section: PageSection) -> String {
        switch (layout, section) {
        case (.split, .fields): PageLinks.fieldsPage(operation)
        case (.split, .examples): PageLinks.examplesPage(operation)
        default: page
        }
    }

    var title: String { operation.documentation.summary ?? operation.id }
    var platforms: [Platform] { operation.kind.platforms }

    /// `[SDK 결제 요청하기](payment.md)`.
    var pageLink: String { MarkdownText.link(title, to: page) }

    /// `#anchor` from a section on the same file, `payment.md#anchor` from anywhere else.
    /// - Parameters:
    ///   - section: the section that holds the anchor.
    ///   - origin: the section the link is in; nil for a page of another kind.
    func target(_ anchor: String, in section: PageSection, from origin: PageSection?) -> String {
        let file = file(of: section)
        return (origin.map(file(of:)) == file ? "" : file) + "#" + anchor
    }

    /// `[`customer.email`](payment.md#payment-customer-email)`, or the path as code when the
    /// request has no such field (an unknown key in a counter-example).
    func fieldLink(_ path: String, from origin: PageSection?, inTable: Bool = true) -> String {
        guard let anchor = anchors.row(path) else { return MarkdownText.code(path, inTable: inTable) }
        return MarkdownText.codeLink(path, to: target(anchor, in: .fields, from: origin), inTable: inTable)
    }

    /// `[`customer-name`](#rule-customer-name-at-customer)`.
    func ruleLink(_ placed: PlacedRule, from origin: PageSection?) -> String {
        guard let anchor = anchors.rule(placed) else { return MarkdownText.code(placed.rule.id) }
        return MarkdownText.codeLink(placed.rule.id, to: target(anchor, in: .rules, from: origin))
    }

    /// The platforms of the operation that a rule holds on: `전체`, or `PC`.
    func platformsLabel(_ rule: Rule) -> String {
        let applicable = platforms.filter { rule.applies(on: $0) }
        return applicable.count == platforms.count ? "전체" : applicable.map(KoreanLabels.platform).joined(separator: ", ")
    }

    /// The notes of a node that concern this operation.
    func notes(_ documentation: Documentation) -> [Note] {
        documentation.notes(for: operation.id)
    }

    /// The quick starts, then the other examples: clean ones first, counter-examples after.
    var quickStarts: [Example] { operation.examples.filter(\.isQuickStart) }
    var otherExamples: [Example] { operation.examples.filter { !$0.isQuickStart } }
}

/// Where an operation's sections go: all on one page, or the fields and the examples (the
/// longest parts) on pages of their own, the main page keeping their anchors.
enum PageLayout: Sendable {
    case single
    case split
}

/// What all pages share: one context per operation, the prose renderer and the validator.
struct DocsSite: Sendable {
    let schema: Schema
    let operations: [OperationContext]
    let prose: Prose
    /// The operations' own pages, made once while they are laid out.
    let operationPages: [GeneratedFile]

    /// A page over this many bytes puts the operation's fields and examples on pages of their
    /// own, below the 64 KB every page must stay under.
    static let singlePageBudget = 60_000

    /// The operations laid out one after the other.
    init(schema: Schema) {
        let materials = Materials(schema: schema)
        self.init(schema: schema, prose: materials.prose, laidOut: schema.operations.map(materials.layOut))
    }

    /// The operations laid out side by side: each is independent of the others.
    static func concurrently(schema: Schema) async -> DocsSite {
        let materials = Materials(schema: schema)
        let laidOut = await withTaskGroup(of: (Int, LaidOutOperation).self) { group in
            for (index, operation) in schema.operations.enumerated() {
                group.addTask { (index, materials.layOut(operation)) }
            }
            var laidOut: [LaidOutOperation?] = Array(repeating: nil, count: schema.operations.count)
            for await (index, operation) in group { laidOut[index] = operation }
            return laidOut.compactMap { $0 }
        }
        return DocsSite(schema: schema, prose: materials.prose, laidOut: laidOut)
    }

    private init(schema: Schema, prose: Prose, laidOut: [LaidOutOperation]) {
        self.schema = schema
        self.prose = prose
        operations = laidOut.map(\.context)
        operationPages = laidOut.flatMap(\.pages)
    }

    private typealias LaidOutOperation = (context: OperationContext, pages: [GeneratedFile])

    /// What laying out an operation needs from the whole schema.
    private struct Materials: Sendable {
        let schema: Schema
        let validator: ExampleValidator
        let prose: Prose

        init(schema: Schema) {
            self.schema = schema
            validator = ExampleValidator(schema: schema)
            prose = Prose(schema: schema)
        }

        /// On one page first; a page that would be too long is split. An operation's pages depend
        /// only on the operation, so the other operations' layouts do not matter here; the other
        /// pages link by the layouts, so they are made after every operation is laid out.
        func layOut(_ operation: Operation) -> LaidOutOperation {
            var context = OperationContext(operation: operation, schema: schema, validator: validator)
            var pages = OperationPage(context: context, prose: prose).files()
            if pages.reduce(0, { $0 + $1.bytes.count }) > DocsSite.singlePageBudget {
                context = context.laidOut(.split)
                pages = OperationPage(context: context, prose: prose).files()
            }
            return (context, pages)
        }
    }

    /// The first operation page that shows each enum, by enum id.
    func enumPage(_ id: String) -> OperationContext? {
        operations.first { $0.enumIDs.contains(id) }
    }
}
