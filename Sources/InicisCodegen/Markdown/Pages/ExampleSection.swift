import InicisSchema

/// `## 예시`: the operation's other examples, each run through the validator. A clean example is
/// shown as it is; a counter-example is folded away (`<details>`) with the issues the validator
/// reports for it, so that nobody copies a request that fails.
struct ExampleSection {
    let context: OperationContext
    let prose: Prose

    private var schema: Schema { context.schema }

    func print(into printer: inout MarkdownPrinter) {
        let examples = context.otherExamples
        let differences = context.operation.documentation.wireDifferences
        guard !examples.isEmpty || !differences.isEmpty else { return }
        printer.heading(2, PageSection.examples.title, anchor: context.anchors.section(.examples))
        printer.block("검증기로 검사한 요청입니다. 문제가 없는 예시는 그대로 쓸 수 있습니다. 문제가 있는 반례는 접어 두었으니, 펼치면 요청과 검증기가 보고하는 문제를 볼 수 있습니다.")
        printer.list(differences.map { DifferenceText.inline($0, prose: prose, inTable: false) })
        let clean = examples.filter { (context.issues[$0.id] ?? []).isEmpty }
        let counter = examples.filter { !(context.issues[$0.id] ?? []).isEmpty }
        for example in clean {
            printer.heading(3, prose.inline(title(example), inTable: false), anchor: context.anchors.example(example.id))
            printBody(of: example, into: &printer)
            printer.block("검증 결과: 문제 없음 (" + KoreanLabels.platform(example.platform) + ")")
        }
        for example in counter {
            let issues = context.issues[example.id] ?? []
            printer.details(summary: "반례: " + title(example) + " — " + Self.count(issues), anchor: context.anchors.example(example.id)) { inner in
                printBody(of: example, into: &inner)
                inner.block("검증 결과 (" + KoreanLabels.platform(example.platform) + "):")
                inner.table(["경로", "심각도", "코드", "메시지"], issues.map(row))
            }
        }
    }

    private func title(_ example: Example) -> String {
        ExampleTitle.text(example, of: context.operation)
    }

    private func printBody(of example: Example, into printer: inout MarkdownPrinter) {
        if let description = example.documentation.description { printer.block(prose.paragraph(description)) }
        printer.list(context.notes(example.documentation).map { NoteText.inline($0, prose: prose, inTable: false) }
            + example.documentation.wireDifferences.map { DifferenceText.inline($0, prose: prose, inTable: false) })
        if !example.contracts.isEmpty {
            printer.block("검증할 때 알린 계약: " + example.contracts.map { PageLinks.contract($0, in: schema) }.joined(separator: ", "))
        }
        printer.fenced(example.json, info: "json")
    }

    /// `오류 1건, 경고 2건`.
    static func count(_ issues: [PageIssue]) -> String {
        let errors = issues.filter { $0.severity == .error }.count
        let warnings = issues.count - errors
        return [errors > 0 ? "오류 \(errors)건" : nil, warnings > 0 ? "경고 \(warnings)건" : nil].compactMap { $0 }.joined(separator: ", ")
    }

    private func row(_ issue: PageIssue) -> [String] {
        let path = context.anchors.row(forIssuePath: issue.path).map { MarkdownText.codeLink(issue.path, to: context.target($0, in: .fields, from: .examples)) } ?? MarkdownText.code(issue.path)
        return [path, KoreanLabels.severity(issue.severity), codeLink(issue.code), issue.message.map { prose.inline($0) } ?? ""]
    }

    /// A rule's code links to the rule on this page, a validator code to the glossary.
    private func codeLink(_ code: String) -> String {
        if let placed = context.rules.first(withID: code) { return context.ruleLink(placed, from: .examples) }
        if IssueCodesPage.entries.contains(where: { $0.code == code }) {
            return MarkdownText.codeLink(code, to: PageLinks.issueCodes + "#" + PageLinks.issueCodeAnchor(code))
        }
        return MarkdownText.code(code)
    }
}
