/// The one place that turns text into Markdown that renders literally (GitHub-flavoured): schema
/// text may hold anything (`*`, `|`, `<script>`, backticks, line breaks), and it must come out as
/// the same characters, never as markup.
enum MarkdownText {
    /// Text that must stay inside one block (a table cell, a list item, a heading): each line
    /// escaped, line breaks as `<br>`.
    static func inline(_ text: String) -> String {
        TextLines.split(text).map(escapedLine).filter { !$0.isEmpty }.joined(separator: "<br>")
    }

    /// Prose that may span lines: each line escaped, lines joined with LF.
    static func paragraph(_ text: String) -> String {
        TextLines.split(text).map(escapedLine).joined(separator: "\n")
    }

    /// A code span that shows `text` literally whatever backticks it holds; in a table cell its
    /// pipes are escaped too (GFM splits cells before it reads code spans, and turns `\|` back
    /// into `|` inside them).
    static func code(_ text: String, inTable: Bool = true) -> String {
        let span = CodeSpan.render(text)
        return inTable ? escapingPipes(span) : span
    }

    /// `[text](target)` with the text escaped.
    static func link(_ text: String, to target: String) -> String {
        "[" + inline(text) + "](" + target + ")"
    }

    /// `[`text`](target)`: a code span as a link.
    static func codeLink(_ text: String, to target: String, inTable: Bool = true) -> String {
        "[" + code(text, inTable: inTable) + "](" + target + ")"
    }

    /// A fenced block that no line of `content` can close: the fence is longer than any backtick
    /// run in it.
    static func fenced(_ content: String, info: String) -> String {
        let fence = String(repeating: "`", count: max(3, CodeSpan.longestBacktickRun(in: content) + 1))
        return ([fence + info] + TextLines.split(content) + [fence]).joined(separator: "\n")
    }

    /// `<a id="…"></a>`: the anchor the pages put before a heading's or a cell's text.
    static func anchor(_ id: String) -> String {
        "<a id=\"" + id + "\"></a>"
    }

    static func escapingPipes(_ markdown: String) -> String {
        // Foundation's replacing goes through NSString, slow on Linux; most spans have no pipe.
        markdown.utf8.contains(UInt8(ascii: "|")) ? markdown.replacingOccurrences(of: "|", with: "\\|") : markdown
    }

    /// One line with inline specials escaped and its ends guarded (`guardingLineEnds`).
    static func escapedLine(_ line: String) -> String {
        guardingLineEnds(String(Substring(line.unicodeScalars.drop(while: { $0 == " " || $0 == "\t" })))
            .replacingScalars { isInlineSpecial($0) ? "\\" + String($0) : nil })
    }

    /// A line whose inline specials are escaped, with anything that could open a block at its
    /// start (`#`, `-`, `+`, `=`, `1.`) neutralised and a `#` at its end escaped: in a heading,
    /// trailing `#`s after a space would be read as its closing sequence and dropped.
    static func guardingLineEnds(_ line: String) -> String {
        var line = line
        if line.unicodeScalars.count > 1, line.hasSuffix("#") {
            line.insert("\\", at: line.index(before: line.endIndex))
        }
        return escapingLineStart(line)
    }

    /// `#`, `-`, `+` and `=` at the start of a line open a heading, a list or a setext underline;
    /// `1.` and `1)` an ordered list.
    private static func escapingLineStart(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        if "#-+=".unicodeScalars.contains(first) { return "\\" + text }
        let digits = text.unicodeScalars.prefix { ("0"..."9").contains($0) }
        let rest = text.unicodeScalars.dropFirst(digits.count)
        guard !digits.isEmpty, let marker = rest.first, marker == "." || marker == ")" else { return text }
        return String(String.UnicodeScalarView(digits)) + "\\" + String(String.UnicodeScalarView(rest))
    }

    /// Backslash, backtick, `*`, `_`, brackets, angle brackets, ampersand, pipe and tilde mean
    /// something inline anywhere on a line; a backslash makes each literal.
    static func isInlineSpecial(_ scalar: Unicode.Scalar) -> Bool {
        "\\`*_[]<>&|~".unicodeScalars.contains(scalar)
    }
}

/// Text inside raw HTML (a `<summary>`), where Markdown is not read.
enum HTMLText {
    static func escaped(_ text: String) -> String {
        text.replacingScalars { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            default: nil
            }
        }
    }
}
