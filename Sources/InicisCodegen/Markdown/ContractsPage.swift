import InicisSchema

/// `Docs/contracts.md`: each feature that needs a separate Inicis contract, and the fields and
/// rules that use it on every operation page.
struct ContractsPage {
    let schema: Schema

    func file() -> GeneratedFile {
        var page = MarkdownPage()
        page.add("# 별도 계약이 필요한 기능")
        page.add("[← 목록](\(Links.indexPage))")
        page.add("아래 기능은 이니시스와 별도 계약을 맺은 뒤에만 동작합니다.")
        for contract in schema.contracts {
            page.add("## <a id=\"\(Links.contractAnchor(contract.id))\"></a>" + MarkdownText.inline(contract.name))
            page.add(MarkdownText.code(contract.id, inTable: false))
            DocumentationBlocks.add(contract.documentation, to: &page, includeSummary: true)
            let uses = usages(of: contract.id) + optionUsages(of: contract.id)
            if !uses.isEmpty {
                page.add("적용 필드:")
                page.add(uses)
            }
        }
        return page.file(path: "Docs/" + Links.contractsPage)
    }

    /// `- [`acceptmethod` · `ocb`](bypass.md#bypass-acceptmethod-ocb)`, for bypass options that
    /// name the contract.
    private func optionUsages(of contractID: String) -> [String] {
        schema.grammars.flatMap { grammar in
            grammar.tokens.filter { $0.contract == contractID }.map { token in
                let label = MarkdownText.code(grammar.id, inTable: false) + " · " + MarkdownText.code(GrammarNotation.text(of: token.elements), inTable: false)
                return "- [" + label + "](" + Links.bypassPage + "#" + Links.tokenAnchor(grammar.id, token.id) + ")"
            }
        }
    }

    /// `- [`payment` · `vatAmount`](payment.md#payment-vatamount)`, for fields that name the
    /// contract; anchors match the operation page's.
    private func usages(of contractID: String) -> [String] {
        schema.operations.flatMap { operation -> [String] in
            var anchors = AnchorSet()
            operation.pathParameters.forEach { _ = anchors.claim(operation.id, "path", $0.wireName) }
            let fields = OperationFields(operation: operation, schema: schema)
            return fields.rows.compactMap { row in
                let anchor = anchors.claim(operation.id, row.path)
                guard row.field.contract == contractID else { return nil }
                let label = MarkdownText.code(operation.id, inTable: false) + " · " + MarkdownText.code(row.path, inTable: false)
                return "- [" + label + "](" + Links.operationPage(operation) + "#" + anchor + ")"
            }
        }
    }
}
