import InicisSchema

/// `Docs/contracts.md`: each feature that needs a separate Inicis contract, and everything that
/// triggers it on every operation page: fields that name it, `needs-contract` rules and bypass
/// option tokens.
struct ContractsPage {
    let schema: Schema
    let operations: [OperationContext]

    func file() -> GeneratedFile {
        var page = MarkdownPage()
        page.add("# 별도 계약이 필요한 기능")
        page.add("[← 목록](\(Links.indexPage))")
        page.add("아래 기능은 이니시스와 별도 계약을 맺은 뒤에만 동작합니다. 계약 없이 쓰면 검사기가 경고합니다.")
        page.addTable(header: ["계약", "아이디"], rows: schema.contracts.map { contract in
            ["[" + MarkdownText.inline(contract.name) + "](#" + Links.contractAnchor(contract.id) + ")", MarkdownText.code(contract.id)]
        })
        let uses = operations.map { ($0, $0.contractUses(onPage: false)) }
        for contract in schema.contracts {
            page.add("## <a id=\"\(Links.contractAnchor(contract.id))\"></a>" + MarkdownText.inline(contract.name))
            page.add(MarkdownText.code(contract.id, inTable: false))
            DocumentationBlocks.add(contract.documentation, to: &page, includeSummary: true)
            let rows = uses.flatMap { context, uses in
                uses.filter { $0.contract == contract.id }.map { [context.pageLink, $0.target, $0.kind, $0.condition] }
            } + unusedTokenRows(contract.id)
            if rows.isEmpty {
                page.add("이 계약을 요구하는 필드, 규칙, bypass 옵션은 없습니다.")
            } else {
                page.add("적용 대상:")
                page.addTable(header: ["연동", "대상", "종류", "적용 조건"], rows: rows)
            }
        }
        return page.file(path: "Docs/" + Links.contractsPage)
    }

    /// Tokens of grammars that no field uses still need their contract; listed without a row.
    private func unusedTokenRows(_ contractID: String) -> [[String]] {
        let used = Set(operations.flatMap { $0.fields.rows.compactMap(\.field.grammar) })
        return schema.grammars.filter { !used.contains($0.id) }.flatMap { grammar in
            grammar.tokens.filter { $0.contract == contractID }.map { token in
                ["-", "옵션 문법 " + MarkdownText.code(grammar.id), "bypass 옵션 " + Links.token(grammar.id, token.id), "옵션을 넣으면"]
            }
        }
    }
}
