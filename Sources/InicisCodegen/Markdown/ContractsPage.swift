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
        let rowsByContract = usageRowsByContract()
        for contract in schema.contracts {
            page.add("## <a id=\"\(Links.contractAnchor(contract.id))\"></a>" + MarkdownText.inline(contract.name))
            page.add(MarkdownText.code(contract.id, inTable: false))
            DocumentationBlocks.add(contract.documentation, to: &page, includeSummary: true)
            let rows = (rowsByContract.used[contract.id] ?? []) + (rowsByContract.unusedTokens[contract.id] ?? [])
            if rows.isEmpty {
                page.add("이 계약을 요구하는 필드, 규칙, bypass 옵션은 없습니다.")
            } else {
                page.add("적용 대상:")
                page.addTable(header: ["연동", "대상", "종류", "적용 조건"], rows: rows)
            }
        }
        return page.file(path: "Docs/" + Links.contractsPage)
    }

    /// Every table row, grouped by contract id in one pass over the operations: filtering all uses
    /// once per contract made the page quadratic in the schema's size.
    private func usageRowsByContract() -> (used: [String: [[String]]], unusedTokens: [String: [[String]]]) {
        var used: [String: [[String]]] = [:]
        for context in operations {
            for use in context.contractUses(onPage: false) {
                used[use.contract, default: []].append([context.pageLink, use.target, use.kind, use.condition])
            }
        }
        // Tokens of grammars that no field uses still need their contract; listed without a row.
        let grammarsInUse = Set(operations.flatMap { $0.fields.rows.compactMap(\.field.grammar) })
        var unusedTokens: [String: [[String]]] = [:]
        for grammar in schema.grammars where !grammarsInUse.contains(grammar.id) {
            for token in grammar.tokens {
                guard let contract = token.contract else { continue }
                unusedTokens[contract, default: []].append(["-", "옵션 문법 " + MarkdownText.code(grammar.id), "bypass 옵션 " + Links.token(grammar.id, token.id), "옵션을 넣으면"])
            }
        }
        return (used, unusedTokens)
    }
}
