import InicisSchema

/// The operation page's rules: each rule where it applies, in Korean, with the guide's sentence
/// that motivates it. Field rows link here for the source sentence.
struct RuleSection {
    let context: OperationContext

    func add(to page: inout MarkdownPage) {
        guard !context.rules.placed.isEmpty else { return }
        page.add("## 규칙")
        page.add("검사기는 규칙을 어기면 규칙 아이디를 코드로 보고합니다.")
        page.addTable(header: ["규칙", "플랫폼", "내용", "가이드 원문"]) { table in
            for placed in context.rules.placed {
                table.addRow { row in
                    row.add(AnchoredCode(anchor: context.anchors.rule(placed) ?? placed.anchorBase, name: placed.rule.id))
                    row.add(context.platformsLabel(placed.rule))
                    if let message = placed.rule.message {
                        row.add(context.ruleText(placed), "<br>메시지: ", MarkdownText.Inline(message))
                    } else {
                        row.add(context.ruleText(placed))
                    }
                    row.add(MarkdownText.Inline(placed.rule.source))
                }
            }
        }
    }
}
