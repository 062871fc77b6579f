import InicisSchema

/// What every page needs to know about one operation, computed once: its fields by full path,
/// its rules where they apply and the anchors of its page.
struct OperationContext {
    let operation: Operation
    let schema: Schema
    let fields: OperationFields
    let rules: OperationRules
    let anchors: OperationAnchors

    init(operation: Operation, schema: Schema) {
        self.operation = operation
        self.schema = schema
        fields = OperationFields(operation: operation, schema: schema)
        rules = OperationRules(operation: operation, fields: fields)
        anchors = OperationAnchors(operation: operation, fields: fields, rules: rules, schema: schema)
    }

    var page: String { Links.operationPage(operation) }

    var title: String { operation.documentation.summary ?? operation.id }

    /// `#anchor` on the operation page itself, `payment.md#anchor` from any other page.
    func target(_ anchor: String, onPage: Bool) -> String {
        (onPage ? "" : page) + "#" + anchor
    }

    /// `[SDK 결제 요청하기](payment.md)`.
    var pageLink: String {
        "[" + MarkdownText.inline(title) + "](" + page + ")"
    }

    /// `[`customer.email`](payment.md#payment-customer-email)`, or the path as code when the
    /// request has no such field (an unknown key in a counter-example).
    func fieldLink(_ path: String, onPage: Bool, inTable: Bool = true) -> String {
        guard let anchor = anchors.row(path) else { return MarkdownText.code(path, inTable: inTable) }
        return Links.code(path, to: target(anchor, onPage: onPage), inTable: inTable)
    }

    /// `[`customer-name`](#rule-customer-name-at-customer)`.
    func ruleLink(_ placed: PlacedRule, onPage: Bool) -> String {
        guard let anchor = anchors.rule(placed) else { return MarkdownText.code(placed.rule.id) }
        return Links.code(placed.rule.id, to: target(anchor, onPage: onPage))
    }

    func ruleText(_ placed: PlacedRule) -> String {
        RuleText(schema: schema, absolute: placed.absolute).content(placed.rule)
    }

    /// The platforms of the operation that a rule holds on: `전체` or `PC`.
    func platformsLabel(_ rule: Rule) -> String {
        let platforms = operation.kind.platforms
        let applicable = platforms.filter { rule.applies(on: $0) }
        return applicable.count == platforms.count ? "전체" : applicable.map(KoreanLabels.platform).joined(separator: ", ")
    }
}
