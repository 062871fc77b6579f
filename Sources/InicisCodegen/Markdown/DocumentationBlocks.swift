import InicisSchema

/// Documentation as page blocks: summary, description paragraph, notes and differences as lists.
enum DocumentationBlocks {
    /// Differences come last, as a list, unless the caller shows them in a table of its own.
    static func add(_ documentation: Documentation, to page: inout MarkdownPage, includeSummary: Bool, includeDifferences: Bool = true) {
        if includeSummary, let summary = documentation.summary {
            page.add(MarkdownText.Paragraph(summary))
        }
        if let description = documentation.description {
            page.add(MarkdownText.Paragraph(description))
        }
        // One list: two lists in a row would render as one loose list anyway.
        let differences = includeDifferences ? documentation.differences : []
        guard !documentation.notes.isEmpty || !differences.isEmpty else { return }
        page.addLines { list in
            for note in documentation.notes { list.add("- ", MarkdownText.Inline(note)) }
            for difference in differences { list.add("- ", DifferenceText(difference: difference, inTable: false)) }
        }
    }

    /// Notes (`비고: …`) and differences in a table cell, an item each, after what the cell
    /// shows first.
    static func appendNotesAndDifferences(of documentation: Documentation, items: inout CellItems, to bytes: inout [UInt8]) {
        for note in documentation.notes {
            items.next(in: &bytes)
            bytes.write("비고: ", MarkdownText.Inline(note))
        }
        for difference in documentation.differences {
            items.next(in: &bytes)
            bytes.write(DifferenceText(difference: difference))
        }
    }

    /// `가이드 `vat`, 포트원 `vatAmount` — explanation` for table cells and lists.
    static func difference(_ difference: GuideDifference, inTable: Bool = true) -> String {
        DifferenceText(difference: difference, inTable: inTable).rendered
    }
}

/// `가이드와 다름: 가이드 `vat`, 포트원 `vatAmount` — explanation`. Outside a table a code span
/// keeps `\|` as two characters, so pipes are escaped only in cells.
struct DifferenceText: TextPiece {
    let difference: GuideDifference
    var inTable = true

    func append(to bytes: inout [UInt8]) {
        bytes.write(
            "가이드와 다름: 가이드 ", MarkdownText.Code(difference.guide, inTable: inTable),
            ", 포트원 ", MarkdownText.Code(difference.wire, inTable: inTable),
            " — ", MarkdownText.Inline(difference.explanation)
        )
    }
}
