/// Builds source text line by line, keeping track of indentation, in the manner of
/// swift-protobuf's `CodePrinter`: emitters say what to print, the printer says how it is laid out.
///
/// Blank lines never pile up: a blank line after another, at the start of a block or before its
/// closing brace is dropped, so emitters can separate things freely.
struct CodePrinter {
    private(set) var lines: [String] = []
    private var indentation = ""
    private let indentUnit: String

    init(indentUnit: String = "    ") {
        self.indentUnit = indentUnit
    }

    /// The text, one trailing newline.
    var text: String {
        var lines = self.lines
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line at the current indentation. Text with line breaks becomes several lines.
    mutating func line(_ text: String) {
        // Most lines have no break to split at; a line feed byte is always a line feed.
        guard text.utf8.contains(UInt8(ascii: "\n")) else {
            lines.append(text.isEmpty ? "" : indentation + text)
            return
        }
        for part in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lines.append(part.isEmpty ? "" : indentation + Substring(part))
        }
    }

    /// Text that must stay exactly as it is, at the left margin whatever the indentation: the
    /// lines of a multi-line string literal, whose closing delimiter sets their indentation.
    mutating func verbatim(_ text: String) {
        lines.append(text)
    }

    mutating func blankLine() {
        guard let last = lines.last, last != "", !last.hasSuffix("{") else { return }
        lines.append("")
    }

    /// `header {`, the body one level in, `}`.
    mutating func block(_ header: String, _ body: (inout CodePrinter) -> Void) {
        line(header + " {")
        indented(body)
        while lines.last == "" { lines.removeLast() }
        line("}")
    }

    mutating func indented(_ body: (inout CodePrinter) -> Void) {
        let outer = indentation
        indentation += indentUnit
        body(&self)
        indentation = outer
    }
}
