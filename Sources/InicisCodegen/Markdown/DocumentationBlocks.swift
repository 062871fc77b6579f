import InicisSchema

/// Documentation as page blocks: summary, description paragraph, notes as a list.
enum DocumentationBlocks {
    static func add(_ documentation: Documentation, to page: inout MarkdownPage, includeSummary: Bool) {
        if includeSummary, let summary = documentation.summary {
            page.add(MarkdownText.paragraph(summary))
        }
        if let description = documentation.description {
            page.add(MarkdownText.paragraph(description))
        }
        page.add(documentation.notes.map { "- " + MarkdownText.inline($0) })
    }

    /// `가이드 `vat`, 포트원 `vatAmount` — explanation` for table cells and lists.
    static func difference(_ difference: GuideDifference) -> String {
        "가이드와 다름: 가이드 " + MarkdownText.code(difference.guide) + ", 포트원 " + MarkdownText.code(difference.wire)
            + " — " + MarkdownText.inline(difference.explanation)
    }
}
