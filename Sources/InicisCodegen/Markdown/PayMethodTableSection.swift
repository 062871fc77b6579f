import InicisSchema

/// One of the guide's payment-method tables: parameter value -> method.
enum PayMethodTableSection {
    static func add(_ table: PayMethodTable, headingLevel: Int, to page: inout MarkdownPage) {
        let heading = String(repeating: "#", count: headingLevel)
        page.add("\(heading) \(MarkdownText.inline(table.title)) (\(MarkdownText.code(table.parameter, inTable: false)))")
        DocumentationBlocks.add(table.documentation, to: &page, includeSummary: true)
        page.addTable(
            header: ["값", "결제수단"],
            rows: table.rows.map { [MarkdownText.code($0.value), MarkdownText.inline($0.label)] }
        )
    }
}
