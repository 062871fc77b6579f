import InicisSchema

/// `Docs/README.md`: what the schema covers and a link to every page, plus the pay-method tables.
struct IndexPage {
    let schema: Schema

    func file() -> GeneratedFile {
        var page = MarkdownPage()
        page.add("# " + MarkdownText.inline(schema.title))
        DocumentationBlocks.add(schema.documentation, to: &page, includeSummary: true)
        addOperations(to: &page)
        if !schema.grammars.isEmpty {
            page.add("## bypass 옵션")
            page.add("- [bypass 옵션 문자열과 Swift 빌더](\(Links.bypassPage))")
        }
        if !schema.contracts.isEmpty {
            page.add("## 별도 계약")
            page.add("- [별도 계약이 필요한 기능](\(Links.contractsPage))")
        }
        if !schema.payMethodTables.isEmpty {
            page.add("## 결제수단 표")
            for table in schema.payMethodTables {
                PayMethodTableSection.add(table, headingLevel: 3, to: &page)
                let operations = table.operations.map { id in
                    schema.operation(id).map { "[" + MarkdownText.inline($0.documentation.summary ?? id) + "](" + Links.operationPage($0) + ")" }
                        ?? MarkdownText.code(id, inTable: false)
                }
                page.add("적용: " + operations.joined(separator: ", "))
            }
        }
        return page.file(path: "Docs/" + Links.indexPage)
    }

    /// One table per kind, in schema order.
    private func addOperations(to page: inout MarkdownPage) {
        page.add("## 연동")
        for kind in [Operation.Kind.sdk, .rest] {
            let operations = schema.operations.filter { $0.kind == kind }
            guard !operations.isEmpty else { continue }
            page.add(kind == .sdk ? "### 브라우저 SDK" : "### REST API")
            page.addTable(header: ["페이지", "아이디", "호출"], rows: operations.map { operation in
                let call = operation.kind == .sdk
                    ? operation.function ?? ""
                    : (operation.httpMethod ?? "") + " " + (operation.path ?? "")
                return [
                    "[" + MarkdownText.inline(operation.documentation.summary ?? operation.id) + "](" + Links.operationPage(operation) + ")",
                    MarkdownText.code(operation.id),
                    MarkdownText.code(call),
                ]
            })
        }
    }
}
