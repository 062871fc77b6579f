/// The one place that turns schema text into Markdown that renders literally (GitHub-flavoured).
///
/// Each kind of text is a `TextPiece` (`Inline`, `Paragraph`, `Code`) that escapes straight into
/// the page's bytes; the functions returning `String` are the same pieces rendered alone.
enum MarkdownText {
    /// Prose that may span lines: each line escaped, lines joined with LF. Blank lines stay
    /// (paragraph breaks); nothing else in the text can start a block.
    static func paragraph(_ text: String) -> String {
        Paragraph(text).rendered
    }

    /// Text that must stay inside one block (a table cell, a list item, a heading): line breaks
    /// become `<br>`.
    static func inline(_ text: String) -> String {
        Inline(text).rendered
    }

    /// A code span; in a table cell its pipes are escaped too (GFM splits cells before it parses
    /// code spans, and turns `\|` back into `|` inside them).
    static func code(_ text: String, inTable: Bool = true) -> String {
        Code(text, inTable: inTable).rendered
    }

    /// A fenced block that no line of `content` can close: the fence is longer than any backtick
    /// run in it.
    static func fencedBlock(_ content: String, info: String) -> [String] {
        let lines = TextLines.split(content)
        let fence = String(repeating: "`", count: max(3, CodeSpan.longestBacktickRun(in: content) + 1))
        return [fence + info] + lines + [fence]
    }
}

extension MarkdownText {
    /// `inline(text)` as a piece of a page.
    struct Inline: TextPiece {
        let text: String

        init(_ text: String) {
            self.text = text
        }

        func append(to bytes: inout [UInt8]) {
            var text = text
            // Most schema text is one clean line: escape it in place, without splitting it.
            let isOneLine = text.withUTF8 { source in
                let traits = TextTraits(source)
                guard traits.isCleanLine else { return false }
                MarkdownEscaping.appendLine(source, traits: traits, to: &bytes)
                return true
            }
            if isOneLine { return }
            // Escaped lines joined with `<br>`; a line that escapes to nothing leaves no `<br>`.
            var hasLine = false
            TextLines.forEachLine(in: text) { line in
                let mark = bytes.count
                if hasLine { bytes.append(contentsOf: MarkdownEscaping.lineBreakTag) }
                let start = bytes.count
                MarkdownEscaping.appendLine(line, to: &bytes)
                if bytes.count == start {
                    bytes.removeSubrange(mark...)
                } else {
                    hasLine = true
                }
            }
        }
    }

    /// `paragraph(text)` as a piece of a page.
    struct Paragraph: TextPiece {
        let text: String

        init(_ text: String) {
            self.text = text
        }

        func append(to bytes: inout [UInt8]) {
            var isFirst = true
            TextLines.forEachLine(in: text) { line in
                if !isFirst { bytes.append(UInt8(ascii: "\n")) }
                isFirst = false
                MarkdownEscaping.appendLine(line, to: &bytes)
            }
        }
    }

    /// `code(text, inTable:)` as a piece of a page.
    struct Code: TextPiece {
        let text: String
        let inTable: Bool

        init(_ text: String, inTable: Bool = true) {
            self.text = text
            self.inTable = inTable
        }

        func append(to bytes: inout [UInt8]) {
            var text = text
            // One clean line without backticks (most names and paths): one backtick each side.
            let isPlain = text.withUTF8 { source in
                let traits = TextTraits(source)
                guard traits.isCleanLine, !traits.hasBacktick, !source.isEmpty else { return false }
                bytes.append(UInt8(ascii: "`"))
                MarkdownEscaping.append(source, escapingPipes: inTable, traits: traits, to: &bytes)
                bytes.append(UInt8(ascii: "`"))
                return true
            }
            if isPlain { return }
            var span = CodeSpan.render(text)
            span.withUTF8 { MarkdownEscaping.append($0, escapingPipes: inTable, to: &bytes) }
        }
    }
}

extension TextPiece {
    /// The piece alone, as a string (for callers that still join strings, and for tests).
    var rendered: String {
        var bytes: [UInt8] = []
        append(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
