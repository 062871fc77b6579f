import InicisSchema

/// `Docs/contracts.md`: each feature that needs a separate contract with KG Inicis, and where in
/// which request it is used.
struct ContractsPage {
    let site: DocsSite

    private var prose: Prose { site.prose }

    func file() -> GeneratedFile {
        var printer = MarkdownPrinter()
        printer.heading(1, "별도 계약이 필요한 기능")
        printer.block(PageLinks.backToIndex)
        printer.block("아래 기능은 KG이니시스에 미리 신청해 계약을 마친 뒤에만 쓸 수 있습니다. 계약 없이 쓰면 결제 승인이 실패하거나, 승인되더라도 의도와 다른 응답을 받을 수 있습니다(예: 결제창에서 에스크로로 결제했는데 에스크로가 아닌 결제로 응답받음). 검증기는 계약이 필요한 기능을 경고하며, 계약했다면 검증할 때 그 계약을 알려 주면 경고가 사라집니다.")
        let uses = site.operations.map { ($0, $0.contractUses(from: nil)) }
        for contract in site.schema.contracts {
            printer.heading(2, prose.inline(contract.name, inTable: false), anchor: PageLinks.contractAnchor(contract.id))
            printer.list(["계약 아이디: " + MarkdownText.code(contract.id, inTable: false)])
            // The name is the heading; a summary, when the schema gives one, is the first line under it.
            if let summary = contract.documentation.summary { printer.block(prose.paragraph(summary)) }
            if let description = contract.documentation.description { printer.block(prose.paragraph(description)) }
            printer.list(contract.documentation.notes.map { NoteText.inline($0, prose: prose, inTable: false) })
            let rows = uses.flatMap { context, uses in
                uses.filter { $0.contract == contract.id }.map { use in [context.pageLink, use.target, use.kind, use.condition] }
            }
            printer.table(["연동", "대상", "종류", "필요한 때"], rows)
        }
        return printer.file(path: "Docs/" + PageLinks.contracts)
    }
}
