/// The one place that turns schema text into Markdown that renders literally (GitHub-flavoured).
enum MarkdownText {
    /// Characters that mean something inline anywhere on a line; a backslash makes each literal.
    private static let inlineSpecials: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~"]

    /// Prose that may span lines: each line escaped, lines joined with LF. Blank lines stay
    /// (paragraph breaks); nothing else in the text can start a block.
    static func paragraph(_ text: String) -> String {
        TextLines.split(text).map(escapeLine).joined(separator: "\n")
    }

    /// Text that must stay inside one block (a table cell, a list item, a heading): line breaks
    /// become `<br>`.
    static func inline(_ text: String) -> String {
        TextLines.split(text).map(escapeLine).filter { !$0.isEmpty }.joined(separator: "<br>")
    }

    /// A code span; in a table cell its pipes are escaped too (GFM splits cells before it parses
    /// code spans, and turns `\|` back into `|` inside them).
    static func code(_ text: String, inTable: Bool = true) -> String {
        let span = CodeSpan.render(text)
        return inTable ? span.replacingPipes() : span
    }

    /// A fenced block that no line of `content` can close: the fence is longer than any backtick
    /// run in it.
    static func fencedBlock(_ content: String, info: String) -> [String] {
        let lines = TextLines.split(content)
        let fence = String(repeating: "`", count: max(3, CodeSpan.longestBacktickRun(in: content) + 1))
        return [fence + info] + lines + [fence]
    }

    /// One line with inline specials escaped and anything that could open a block at its start
    /// (`#`, `-`, `+`, `=`, `1.`, indentation) neutralised.
    static func escapeLine(_ line: String) -> String {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        var result = ""
        for scalar in trimmed.unicodeScalars {
            if inlineSpecials.contains(scalar) { result += "\\" }
            result.unicodeScalars.append(scalar)
        }
        if let first = result.unicodeScalars.first, ["#", "-", "+", "="].contains(first) {
            return "\\" + result
        }
        return escapingOrderedListMarker(result)
    }

    /// `1. text` or `1) text` at the start of a line would begin an ordered list.
    private static func escapingOrderedListMarker(_ line: String) -> String {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let marker = line.dropFirst(digits.count).first, marker == "." || marker == ")" else {
            return line
        }
        return digits + "\\" + line.dropFirst(digits.count)
    }
}

extension String {
    fileprivate func replacingPipes() -> String {
        var result = ""
        for character in self {
            if character == "|" { result += "\\" }
            result.append(character)
        }
        return result
    }
}
