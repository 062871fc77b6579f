import InicisSchema

/// The operation page's examples as JSON, each marked with what the validator reports: a clean
/// request, or a counter-example with the table of its expected issues. The tests run every
/// example through the validator, so the marks are what the validator really says.
struct ExampleSection {
    let context: OperationContext

    func add(to page: inout MarkdownPage) {
        let examples = context.operation.examples
        guard !examples.isEmpty else { return }
        page.add("## 예시")
        page.add("각 예시에는 검사기가 보고하는 결과를 함께 적습니다. 오류가 보고되는 예시는 가이드 원문을 그대로 옮겼거나 잘못된 요청을 보여 주는 반례이므로 그대로 보내면 안 됩니다.")
        for example in examples {
            add(example, to: &page)
        }
    }

    private func add(_ example: Example, to page: inout MarkdownPage) {
        let anchor = context.anchors.example(example.id) ?? Links.exampleAnchor(example.id)
        page.add("### ", AnchorTag(anchor: anchor), MarkdownText.Inline(example.documentation.summary ?? example.id))
        page.add(MarkdownText.Code(example.id, inTable: false), " · ", KoreanLabels.platform(example.platform))
        page.add(verdict(example.expectedIssues))
        DocumentationBlocks.add(example.documentation, to: &page, includeSummary: false)
        page.addFencedBlock(example.json, info: "json")
        guard !example.expectedIssues.isEmpty else { return }
        page.add("검사기가 보고하는 문제:")
        page.addTable(header: ["경로", "심각도", "코드"]) { table in
            for issue in example.expectedIssues {
                table.addRow { row in addCells(of: issue, to: &row) }
            }
        }
    }

    /// One bold line that says, before the JSON, whether the request may be sent as it is.
    private func verdict(_ issues: [ExpectedIssue]) -> String {
        let errors = issues.filter { $0.severity == .error }.count
        let warnings = issues.count - errors
        if issues.isEmpty {
            return "**검증 통과** — 검사기가 문제를 보고하지 않는 요청입니다."
        }
        if errors > 0 {
            let counts = "오류 \(errors)건" + (warnings > 0 ? ", 경고 \(warnings)건" : "")
            return "**반례: 검증 시 보고되는 문제 (" + counts + ")** — 그대로 보내면 안 되는 요청입니다. 보고되는 문제는 아래 표와 같습니다."
        }
        return "**검증 시 경고 \(warnings)건** — 요청은 전송되지만 경고의 내용대로 의도와 다르게 동작할 수 있습니다. 보고되는 경고는 아래 표와 같습니다."
    }

    /// The path links to the field's row; a code that is a rule id links to the rule.
    private func addCells(of issue: ExpectedIssue, to row: inout MarkdownRow) {
        if let anchor = context.anchors.row(forIssuePath: issue.path) {
            row.add(CodeLink(text: issue.path, target: LinkTarget(page: "", anchor: anchor)))
        } else {
            row.add(MarkdownText.Code(issue.path))
        }
        row.add(KoreanLabels.severity(issue.severity))
        if let rule = context.rules.first(withID: issue.code) {
            row.add(context.ruleLink(rule, onPage: true))
        } else {
            row.add(MarkdownText.Code(issue.code))
        }
    }
}
