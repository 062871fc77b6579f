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
