import InicisSchema

/// Renders documentation as `///` comment lines. Schema text may contain anything; a line comment
/// is safe for everything but line breaks, which `TextLines` turns into new `///` lines.
/// `DocCommentWriter` does the writing; this is the block-shaped front of it.
enum DocComment {
    enum Block: Equatable {
        case paragraph(String)
        /// `- item` lines; an item's own line breaks continue indented under it.
        case list([String])
    }

    /// The blocks separated by an empty `///` line; nothing when there are no blocks.
    static func render(_ blocks: [Block]) -> [String] {
        var writer = CodeWriter()
        write(blocks, into: &writer)
        guard !writer.isEmpty else { return [] }
        // Every comment line holds at least `///`, so no line is lost to the split.
        return writer.text.split(separator: "\n").map(String.init)
    }

    /// `render`, straight into `writer`.
    static func write(_ blocks: [Block], into writer: inout CodeWriter) {
        var comment = DocCommentWriter()
        for block in blocks {
            switch block {
            case .paragraph(let text): comment.paragraph(text, into: &writer)
            case .list(let items): comment.list(items, into: &writer)
            }
        }
    }

    /// Summary, description, then one list with the facts, notes and guide differences.
    static func write(_ documentation: Documentation, facts: [String] = [], into writer: inout CodeWriter) {
        var comment = DocCommentWriter()
        comment.summaryAndDescription(of: documentation, into: &writer)
        for fact in facts {
            comment.item(fact, into: &writer)
        }
        comment.notesAndDifferences(of: documentation, into: &writer)
    }

    /// `가이드와 다름: 가이드 `vat`, 포트원 `vatAmount` — explanation`.
    static func difference(_ difference: GuideDifference) -> String {
        "가이드와 다름: 가이드 \(CodeSpan.render(difference.guide)), 포트원 \(CodeSpan.render(difference.wire)) — \(difference.explanation)"
    }
}
