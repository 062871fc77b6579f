import InicisSchema

/// What every page needs to know about one operation, computed once: its fields by full path,
/// its rules where they apply and the anchors of its page. A class: the sections and cells of
/// the pages hold it, and copying a struct of this size cost dozens of retains each time.
final class OperationContext: Sendable {
    let operation: Operation
    let schema: Schema
    let fields: OperationFields
    let rules: OperationRules
    let anchors: OperationAnchors
    /// `payment.md`.
    let page: String
    /// `[SDK 결제 요청하기](payment.md)`.
    let pageLink: String
    /// `fields.enumIDs()`, which walks every row, made once.
    let enumIDs: [String]

    init(operation: Operation, schema: Schema) {
        self.operation = operation
        self.schema = schema
        fields = OperationFields(operation: operation, schema: schema)
        enumIDs = fields.enumIDs()
        rules = OperationRules(operation: operation, fields: fields)
        anchors = OperationAnchors(operation: operation, fields: fields, enumIDs: enumIDs, rules: rules)
        page = Links.operationPage(operation)
        pageLink = InlineLink(text: operation.documentation.summary ?? operation.id, target: LinkTarget(page: page, anchor: nil)).rendered
    }

    var title: String { operation.documentation.summary ?? operation.id }

    /// `#anchor` on the operation page itself, `payment.md#anchor` from any other page.
    func target(_ anchor: String, onPage: Bool) -> LinkTarget {
        LinkTarget(page: onPage ? "" : page, anchor: anchor)
    }

    /// `[`customer.email`](payment.md#payment-customer-email)`, or the path as code when the
    /// request has no such field (an unknown key in a counter-example).
    func fieldLink(_ path: String, onPage: Bool, inTable: Bool = true) -> CodeLink {
        CodeLink(text: path, target: anchors.row(path).map { target($0, onPage: onPage) }, inTable: inTable)
    }

    /// `[`customer-name`](#rule-customer-name-at-customer)`.
    func ruleLink(_ placed: PlacedRule, onPage: Bool) -> CodeLink {
        CodeLink(text: placed.rule.id, target: anchors.rule(placed).map { target($0, onPage: onPage) })
    }

    func ruleText(_ placed: PlacedRule) -> RuleText {
        RuleText(context: self, placed: placed)
    }

    /// The platforms of the operation that a rule holds on: `전체` or `PC`.
    func platformsLabel(_ rule: Rule) -> String {
        let platforms = operation.kind.platforms
        let applicable = platforms.filter { rule.applies(on: $0) }
        return applicable.count == platforms.count ? "전체" : applicable.map(KoreanLabels.platform).joined(separator: ", ")
    }
}
