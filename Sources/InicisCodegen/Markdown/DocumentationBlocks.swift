import InicisSchema

/// Documentation as page blocks: summary, description paragraph, notes and differences as lists.
enum DocumentationBlocks {
    /// Differences come last, as a list, unless the caller shows them in a table of its own.
    static func add(_ documentation: Documentation, to page: inout MarkdownPage, includeSummary: Bool, includeDifferences: Bool = true) {
        if includeSummary, let summary = documentation.summary {
            page.add(MarkdownText.paragraph(summary))
        }
        if let description = documentation.description {
            page.add(MarkdownText.paragraph(description))
        }
        // One list: two lists in a row would render as one loose list anyway.
        let differences = includeDifferences ? documentation.differences.map { "- " + difference($0, inTable: false) } : []
        page.add(documentation.notes.map { "- " + MarkdownText.inline($0) } + differences)
    }

    /// `가이드 `vat`, 포트원 `vatAmount` — explanation` for table cells and lists.
    /// Outside a table a code span keeps `\|` as two characters, so pipes are escaped only in cells.
    static func difference(_ difference: GuideDifference, inTable: Bool = true) -> String {
        "가이드와 다름: 가이드 " + MarkdownText.code(difference.guide, inTable: inTable) + ", 포트원 " + MarkdownText.code(difference.wire, inTable: inTable)
            + " — " + MarkdownText.inline(difference.explanation)
    }
}
