import InicisSchema

/// The operation page's rules: each rule where it applies, in Korean, with the guide's sentence
/// that motivates it. Field rows link here for the source sentence.
struct RuleSection {
    let context: OperationContext

    func add(to page: inout MarkdownPage) {
        let rows = context.rules.placed.map { placed in
            var content = context.ruleText(placed)
            if let message = placed.rule.message { content += "<br>메시지: " + MarkdownText.inline(message) }
            let anchor = context.anchors.rule(placed) ?? placed.anchorBase
            return [
                FieldTableSection.anchored(anchor, placed.rule.id),
                context.platformsLabel(placed.rule),
                content,
                MarkdownText.inline(placed.rule.source),
            ]
        }
        guard !rows.isEmpty else { return }
        page.add("## 규칙")
        page.add("검사기는 규칙을 어기면 규칙 아이디를 코드로 보고합니다.")
        page.addTable(header: ["규칙", "플랫폼", "내용", "가이드 원문"], rows: rows)
    }
}
