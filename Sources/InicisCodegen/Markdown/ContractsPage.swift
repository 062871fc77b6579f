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
        let usages = usagesByContract()
        let optionUsages = optionUsagesByContract()
        for contract in schema.contracts {
            page.add("## <a id=\"\(Links.contractAnchor(contract.id))\"></a>" + MarkdownText.inline(contract.name))
            page.add(MarkdownText.code(contract.id, inTable: false))
            DocumentationBlocks.add(contract.documentation, to: &page, includeSummary: true)
            let uses = (usages[contract.id] ?? []) + (optionUsages[contract.id] ?? [])
            if !uses.isEmpty {
                page.add("적용 필드:")
                page.add(uses)
            }
        }
        return page.file(path: "Docs/" + Links.contractsPage)
    }

    /// `- [`acceptmethod` · `ocb`](bypass.md#bypass-acceptmethod-ocb)`, for each bypass option
    /// that names a contract, by contract id, in grammar and token order.
    private func optionUsagesByContract() -> [String: [String]] {
        var usages: [String: [String]] = [:]
        for grammar in schema.grammars {
            for token in grammar.tokens {
                guard let contract = token.contract else { continue }
                let label = MarkdownText.code(grammar.id, inTable: false) + " · " + MarkdownText.code(GrammarNotation.text(of: token.elements), inTable: false)
                usages[contract, default: []].append("- [" + label + "](" + Links.bypassPage + "#" + Links.tokenAnchor(grammar.id, token.id) + ")")
            }
        }
        return usages
    }

    /// `- [`payment` · `vatAmount`](payment.md#payment-vatamount)`, for each field that names a
    /// contract, by contract id, in operation and field order; anchors match the operation
    /// page's. One walk over all operations: the page would otherwise walk them once per contract.
    private func usagesByContract() -> [String: [String]] {
        var usages: [String: [String]] = [:]
        for operation in schema.operations {
            var anchors = AnchorSet()
            operation.pathParameters.forEach { _ = anchors.claim(operation.id, "path", $0.wireName) }
            for row in OperationFields(operation: operation, schema: schema).rows {
                let anchor = anchors.claim(operation.id, row.path)
                guard let contract = row.field.contract else { continue }
                let label = MarkdownText.code(operation.id, inTable: false) + " · " + MarkdownText.code(row.path, inTable: false)
                usages[contract, default: []].append("- [" + label + "](" + Links.operationPage(operation) + "#" + anchor + ")")
            }
        }
        return usages
    }
}
