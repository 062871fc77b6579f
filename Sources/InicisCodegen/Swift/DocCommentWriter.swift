import InicisSchema

/// Writes the blocks of one `///` comment straight into a `CodeWriter`, with an empty `///` line
/// between blocks; empty blocks are left out. Nothing is collected first: a model file has a doc
/// comment on almost every line, and arrays of blocks and lines cost more than the text itself.
///
/// Schema text goes through `TextLines`, so line breaks start new `///` lines and controls are
/// shown escaped. The `clean:` variants take pieces the caller knows to be one clean line (fixed
/// labels, code spans, which never hold a line break), and write them as they are.
struct DocCommentWriter {
    /// Some block was written: the next one starts with an empty `///` line.
    private var hasBlock = false
    /// The last block is a list that the next `item` continues.
    private var isInList = false

    // MARK: Paragraphs

    /// Schema text as a paragraph; nothing for nil or empty text.
    mutating func paragraph(_ text: String?, into writer: inout CodeWriter) {
        guard let text, !text.isEmpty else { return }
        startParagraph(into: &writer)
        if TextLines.isCleanLine(text) {
            writer.line("/// ", text)
            return
        }
        for line in TextLines.split(text) {
            if line.isEmpty { writer.line("///") } else { writer.line("/// ", line) }
        }
    }

    /// A one-line paragraph from two pieces that make a clean, non-empty line. (Fixed arities
    /// here and below keep the pieces out of a parameter pack; see CodeWriter+Lines.swift.)
    mutating func paragraph<A: TextPiece, B: TextPiece>(clean a: A, _ b: B, into writer: inout CodeWriter) {
        startParagraph(into: &writer)
        writer.line("/// ", a, b)
    }

    private mutating func startParagraph(into writer: inout CodeWriter) {
        separate(into: &writer)
        isInList = false
    }

    // MARK: Lists

    /// Items as a list of their own, even right after another list; nothing for no items.
    mutating func list(_ items: [String], into writer: inout CodeWriter) {
        isInList = false
        for text in items {
            item(text, into: &writer)
        }
    }

    /// `- text`, continuing the list the previous item started; the item's own line breaks
    /// continue indented under it.
    mutating func item(_ text: String, into writer: inout CodeWriter) {
        startItem(into: &writer)
        if TextLines.isCleanLine(text) {
            writer.line("/// - ", text)
            return
        }
        let lines = TextLines.split(text)
        writer.line("/// - ", lines[0])
        for line in lines.dropFirst() {
            if line.isEmpty { writer.line("///") } else { writer.line("///   ", line) }
        }
    }

    /// `- ` and pieces that make a clean line, continuing the list.
    mutating func item<each Piece: TextPiece>(clean pieces: repeat each Piece, into writer: inout CodeWriter) {
        startItem(into: &writer)
        writer.line("/// - ", repeat each pieces)
    }

    mutating func item<A: TextPiece>(clean a: A, into writer: inout CodeWriter) {
        startItem(into: &writer)
        writer.line("/// - ", a)
    }

    mutating func item<A: TextPiece, B: TextPiece>(clean a: A, _ b: B, into writer: inout CodeWriter) {
        startItem(into: &writer)
        writer.line("/// - ", a, b)
    }

    mutating func item<A: TextPiece, B: TextPiece, C: TextPiece>(clean a: A, _ b: B, _ c: C, into writer: inout CodeWriter) {
        startItem(into: &writer)
        writer.line("/// - ", a, b, c)
    }

    /// `- ` and the clean text `appendContent` writes, continuing the list: for an item made of
    /// a varying number of pieces.
    mutating func item(into writer: inout CodeWriter, content appendContent: (inout [UInt8]) -> Void) {
        startItem(into: &writer)
        writer.writeLine { output in
            "/// - ".append(to: &output)
            appendContent(&output)
        }
    }

    /// `- label text` where `label` is clean and `text` is schema text: written without joining
    /// the two when `text` is one clean line, as `item(label + text)` otherwise (a line break or
    /// an empty text changes how the joined item splits and trims).
    mutating func item(label: String, _ text: String, into writer: inout CodeWriter) {
        guard !text.isEmpty, TextLines.isCleanLine(text) else {
            item(label + text, into: &writer)
            return
        }
        item(clean: label, text, into: &writer)
    }

    private mutating func startItem(into writer: inout CodeWriter) {
        guard !isInList else { return }
        separate(into: &writer)
        isInList = true
    }

    private mutating func separate(into writer: inout CodeWriter) {
        if hasBlock { writer.line("///") }
        hasBlock = true
    }

    // MARK: Documentation

    /// The guide's label and paragraph, each a paragraph.
    mutating func summaryAndDescription(of documentation: Documentation, into writer: inout CodeWriter) {
        paragraph(documentation.summary, into: &writer)
        paragraph(documentation.description, into: &writer)
    }

    /// The guide's notes and differences, as items of the current list.
    mutating func notesAndDifferences(of documentation: Documentation, into writer: inout CodeWriter) {
        for note in documentation.notes {
            item(label: "Note: ", note, into: &writer)
        }
        for difference in documentation.differences {
            self.difference(difference, into: &writer)
        }
    }

    /// `가이드와 다름: 가이드 `vat`, 포트원 `vatAmount` — explanation`.
    private mutating func difference(_ difference: GuideDifference, into writer: inout CodeWriter) {
        let explanation = difference.explanation
        guard !explanation.isEmpty, TextLines.isCleanLine(explanation) else {
            item(DocComment.difference(difference), into: &writer)
            return
        }
        item(clean: "가이드와 다름: 가이드 ", CodeSpan.Piece(difference.guide), ", 포트원 ", CodeSpan.Piece(difference.wire),
             " — ", explanation, into: &writer)
    }
}
