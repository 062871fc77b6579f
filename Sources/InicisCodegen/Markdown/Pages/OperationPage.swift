import InicisSchema

/// `Docs/<operation-id>.md`, the reader's task first: what the call is and where PortOne
/// documents it, a quick start that validates, the guide's notes, then the reference (fields,
/// values, rules, contracts) and the examples, counter-examples folded away. An operation too
/// long for one page has its fields and examples on pages of their own (`<id>-fields.md`,
/// `<id>-examples.md`); the main page keeps their anchors, so links into it still land.
struct OperationPage {
    let context: OperationContext
    /// Nothing else: a page depends only on its own operation, so it can be made before the
    /// other operations are laid out.
    let prose: Prose

    private var operation: Operation { context.operation }

    /// The operation on one page, or nil when that page would be longer than `budget` bytes.
    func singlePage(within budget: Int) -> GeneratedFile? {
        precondition(context.layout == .single, "a single page links within itself")
        var main = mainSections
        main.append(fieldSection)
        printReference(into: &main)
        main.append(exampleSection)
        let page = main.file(path: "Docs/" + context.page)
        return page.bytes.count <= budget ? page : nil
    }

    /// The main page, with the fields and the examples on pages of their own.
    func splitPages() -> [GeneratedFile] {
        precondition(context.layout == .split, "split pages link to each other")
        var main = mainSections
        printFieldAnchors(into: &main)
        printReference(into: &main)
        printExampleAnchors(into: &main)
        return [
            main.file(path: "Docs/" + context.page),
            subpage(.fields, fieldSection).file(path: "Docs/" + context.file(of: .fields)),
            subpage(.examples, exampleSection).file(path: "Docs/" + context.file(of: .examples)),
        ]
    }

    /// What the main page starts with, whatever the layout: the call, a quick start, the notes.
    private var mainSections: MarkdownPrinter {
        var main = MarkdownPrinter()
        main.heading(1, prose.inline(context.title, inTable: false))
        main.block(navigation)
        if let description = operation.documentation.description { main.block(prose.paragraph(description)) }
        main.list(facts)
        main.block("이 페이지: " + PageSection.allCases.filter(isShown).map { section in
            MarkdownText.link(section.title, to: context.target(context.anchors.section(section), in: section, from: .quickStart))
        }.joined(separator: " · "))
        QuickStartSection(context: context, prose: prose).print(into: &main)
        NoticeSection(context: context, prose: prose).print(into: &main)
        return main
    }

    private var fieldSection: MarkdownPrinter {
        var fields = MarkdownPrinter()
        FieldSection(context: context, prose: prose).print(into: &fields)
        return fields
    }

    private var exampleSection: MarkdownPrinter {
        var examples = MarkdownPrinter()
        ExampleSection(context: context, prose: prose).print(into: &examples)
        return examples
    }

    private func printReference(into printer: inout MarkdownPrinter) {
        ValueSection(context: context, prose: prose).print(into: &printer)
        RuleSection(context: context, prose: prose).print(into: &printer)
        ContractSection(context: context).print(into: &printer)
    }

    /// A page of one section, under a title that names the operation and a way back.
    private func subpage(_ section: PageSection, _ body: MarkdownPrinter) -> MarkdownPrinter {
        var printer = MarkdownPrinter()
        printer.heading(1, prose.inline(context.title, inTable: false) + ": " + section.title)
        printer.block(MarkdownText.link("← " + context.title, to: context.page) + " · " + MarkdownText.link("목록", to: PageLinks.index))
        printer.append(body)
        return printer
    }

    /// Where the fields went, with every anchor they had on this page: a link to a field from
    /// before the split lands here, one click from the field.
    private func printFieldAnchors(into printer: inout MarkdownPrinter) {
        let anchors = context.anchors.pathParameters + context.anchors.rows + context.fields.occurrences.compactMap { context.anchors.object($0.object.id) }
        printer.heading(2, PageSection.fields.title, anchor: context.anchors.section(.fields))
        printer.block(Self.anchorRun(anchors) + "이 연동은 필드가 많아, 모든 필드의 경로, 타입, 플랫폼별 필수 여부와 설명을 "
            + MarkdownText.link(context.title + ": " + PageSection.fields.title, to: context.file(of: .fields)) + " 페이지에 모았습니다. 꼭 보내야 하거나 보내도 효과가 없는 필드만 보려면 "
            + MarkdownText.link("플랫폼별 필수 여부", to: PageLinks.requiredness + "#" + PageLinks.requirednessAnchor(operation)) + "를 보세요.")
    }

    private func printExampleAnchors(into printer: inout MarkdownPrinter) {
        let examples = context.otherExamples
        guard !examples.isEmpty else { return }
        printer.heading(2, PageSection.examples.title, anchor: context.anchors.section(.examples))
        let anchors = examples.compactMap { context.anchors.example($0.id) }
        printer.block(Self.anchorRun(anchors) + "검증기로 검사한 예시 \(examples.count)개를 "
            + MarkdownText.link(context.title + ": " + PageSection.examples.title, to: context.file(of: .examples))
            + " 페이지에 모았습니다. 문제가 없는 예시는 그대로 쓸 수 있고, 문제가 있는 반례는 접혀 있습니다.")
    }

    /// Each anchor once: an object used at two paths (card and easy-pay installments) has one
    /// anchor, and an id repeated on a page is invalid HTML.
    private static func anchorRun(_ anchors: [String]) -> String {
        var seen: Set<String> = []
        return anchors.filter { seen.insert($0).inserted }.map(MarkdownText.anchor).joined()
    }

    private var navigation: String {
        var links = [PageLinks.backToIndex]
        if let docs = operation.docsURL {
            links.append(MarkdownText.link("포트원 문서", to: docs))
        }
        links.append(MarkdownText.link("플랫폼별 필수 여부", to: PageLinks.requiredness + "#" + PageLinks.requirednessAnchor(operation)))
        links.append(MarkdownText.link("가이드와 다른 점", to: PageLinks.differences + "#" + PageLinks.differencesAnchor(operation)))
        return links.joined(separator: " · ")
    }

    private var facts: [String] {
        var facts: [String] = []
        switch operation.kind {
        case .sdk:
            facts.append("호출: 브라우저 SDK의 " + MarkdownText.code("PortOne." + (operation.function ?? operation.id) + "(…)", inTable: false))
            facts.append("보내는 곳: PC, 모바일 (필수 파라미터가 다릅니다)")
        case .rest:
            facts.append("호출: " + MarkdownText.code((operation.httpMethod ?? "") + " " + QuickStartCode.apiBaseURL + (operation.path ?? ""), inTable: false)
                + " (헤더 " + MarkdownText.code("Authorization: PortOne <API Secret>", inTable: false) + ")")
            facts.append("보내는 곳: 고객사 서버 (REST API)")
        }
        let contracts = requiredContracts
        if !contracts.isEmpty {
            facts.append("필요한 계약: " + contracts.map { PageLinks.contract($0, in: context.schema) }.joined(separator: ", "))
        }
        let names = SwiftNames(schema: context.schema)
        let body = names.typeName(ofObject: operation.body)
        facts.append("Swift: 요청 " + MarkdownText.code("Inicis." + body, inTable: false) + ", 연동 " + MarkdownText.code("Inicis." + names.typeName(of: operation), inTable: false))
        facts.append("검증기 문제 코드: " + MarkdownText.link("문제 코드 설명", to: PageLinks.issueCodes))
        return facts
    }

    /// Contracts without which the call does not work at all: those of a top-level field that
    /// every platform requires.
    private var requiredContracts: [String] {
        context.fields.rows.indices.compactMap { index in
            let row = context.fields.rows[index]
            guard row.components.count == 1, let contract = row.field.contract,
                  context.requirements[index].values.allSatisfy({ $0 == .required }) else { return nil }
            return contract
        }
    }

    private func isShown(_ section: PageSection) -> Bool {
        switch section {
        case .quickStart: !context.quickStarts.isEmpty || context.schema.payMethodTables.contains { $0.operations.contains(operation.id) }
        case .notices: !operation.documentation.notes.isEmpty
        case .fields: true
        case .values: !context.enumIDs.isEmpty
        case .rules: !context.rules.placed.isEmpty
        case .contracts: !context.contractUses(from: .contracts).isEmpty
        case .examples: !context.otherExamples.isEmpty || !operation.documentation.wireDifferences.isEmpty
        }
    }
}
