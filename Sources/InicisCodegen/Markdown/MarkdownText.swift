/// The one place that turns schema text into Markdown that renders literally (GitHub-flavoured).
enum MarkdownText {
    /// Prose that may span lines: each line escaped, lines joined with LF. Blank lines stay
    /// (paragraph breaks); nothing else in the text can start a block.
    static func paragraph(_ text: String) -> String {
        TextLines.split(text).map(escapeLine).joined(separator: "\n")
    }

    /// Text that must stay inside one block (a table cell, a list item, a heading): line breaks
    /// become `<br>`.
    static func inline(_ text: String) -> String {
        if TextLines.isCleanLine(text) { return escapeLine(text) }
        return TextLines.split(text).map(escapeLine).filter { !$0.isEmpty }.joined(separator: "<br>")
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

    /// One line with inline specials escaped, anything that could open a block at its start
    /// (`#`, `-`, `+`, `=`, `1.`, indentation) neutralised, and a `#` at its end escaped: in a
    /// heading, trailing `#`s after a space would be read as its closing sequence and dropped.
    ///
    /// Works on the UTF-8 bytes: every special is ASCII, and a byte below 0x80 is never part of
    /// a multi-byte character.
    static func escapeLine(_ line: String) -> String {
        if !needsEscaping(line) { return line }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count + 8)
        var isLeading = true
        for byte in line.utf8 {
            if isLeading, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { continue }
            isLeading = false
            if isInlineSpecial(byte) { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        if bytes.count > 1, bytes.last == UInt8(ascii: "#") {
            bytes.insert(UInt8(ascii: "\\"), at: bytes.count - 1)
        }
        if let first = bytes.first, [UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "=")].contains(first) {
            bytes.insert(UInt8(ascii: "\\"), at: 0)
        } else {
            escapeOrderedListMarker(&bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// False for most lines: no inline special anywhere, nothing at the start that opens a block.
    private static func needsEscaping(_ line: String) -> Bool {
        guard let first = line.utf8.first else { return false }
        if line.utf8.last == UInt8(ascii: "#") { return true }
        if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
            || [UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "=")].contains(first) {
            return true
        }
        return line.utf8.withContiguousStorageIfAvailable { $0.contains(where: isInlineSpecial) } ?? line.utf8.contains(where: isInlineSpecial)
    }

    /// Backslash, backtick, `*`, `_`, brackets, angle brackets, ampersand, pipe and tilde mean
    /// something inline anywhere on a line; a backslash makes each literal.
    private static func isInlineSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    /// `1. text` or `1) text` at the start of a line would begin an ordered list.
    private static func escapeOrderedListMarker(_ bytes: inout [UInt8]) {
        let digits = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
        guard digits > 0, digits < bytes.count, bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")") else { return }
        bytes.insert(UInt8(ascii: "\\"), at: digits)
    }
}

extension String {
    /// Every `|` as `\|`. On the bytes: a `|` byte is always the character `|` in UTF-8.
    fileprivate func replacingPipes() -> String {
        guard utf8.contains(UInt8(ascii: "|")) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 8)
        for byte in utf8 {
            if byte == UInt8(ascii: "|") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
