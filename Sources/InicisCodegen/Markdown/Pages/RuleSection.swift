import InicisSchema

/// `## 규칙`: every rule the validator checks for this request, where it applies, what it says
/// and the guide's sentence behind it. A rule's id is the code of the issue it raises.
struct RuleSection {
    let context: OperationContext
    let prose: Prose

    func print(into printer: inout MarkdownPrinter) {
        let placed = context.rules.placed
        guard !placed.isEmpty else { return }
        printer.heading(2, PageSection.rules.title, anchor: context.anchors.section(.rules))
        printer.block("검증기가 이 요청에서 검사하는 KG이니시스의 규칙입니다. 규칙을 어기면 규칙 아이디가 그대로 "
            + MarkdownText.link("문제 코드", to: PageLinks.issueCodes + "#" + IssueCodesPage.ruleCodesAnchor) + "가 됩니다.")
        let rows = placed.map { placed in
            [
                (context.anchors.rule(placed).map(MarkdownText.anchor) ?? "") + MarkdownText.code(placed.rule.id),
                context.platformsLabel(placed.rule),
                Self.severity(of: placed.rule),
                RuleSentence(context: context, placed: placed).text,
                prose.inline(placed.rule.source),
            ]
        }
        printer.table(["규칙", "플랫폼", "심각도", "내용", "가이드"], rows)
    }

    /// A contract is advice (a warning); everything else is what PortOne or KG Inicis would
    /// reject (an error), as the validator reports it.
    static func severity(of rule: Rule) -> String {
        if case .needsContract = rule.kind { return KoreanLabels.severity(.warning) }
        return KoreanLabels.severity(.error)
    }
}
