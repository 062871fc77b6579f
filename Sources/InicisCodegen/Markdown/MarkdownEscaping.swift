/// `MarkdownText`'s escaping on UTF-8 bytes, appended to a page's buffer. Every special is ASCII,
/// and a byte below 0x80 is never part of a multi-byte character, so no decoding is needed.
enum MarkdownEscaping {
    static let lineBreakTag = Array("<br>".utf8)

    /// One line with inline specials escaped, anything that could open a block at its start
    /// (`#`, `-`, `+`, `=`, `1.`, indentation) neutralised, and a `#` at its end escaped: in a
    /// heading, trailing `#`s after a space would be read as its closing sequence and dropped.
    static func appendLine(_ line: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        if !needsEscaping(line) {
            bytes.append(contentsOf: line)
            return
        }
        let start = bytes.count
        var isLeading = true
        for byte in line {
            if isLeading, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { continue }
            isLeading = false
            if isInlineSpecial(byte) { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        if bytes.count - start > 1, bytes.last == UInt8(ascii: "#") {
            bytes.insert(UInt8(ascii: "\\"), at: bytes.count - 1)
        }
        guard bytes.count > start else { return }
        if opensBlock(bytes[start]) {
            bytes.insert(UInt8(ascii: "\\"), at: start)
        } else {
            escapeOrderedListMarker(in: &bytes, from: start)
        }
    }

    /// The bytes as they are, or with every `|` as `\|` for a table cell.
    static func append(_ source: UnsafeBufferPointer<UInt8>, escapingPipes: Bool, to bytes: inout [UInt8]) {
        guard escapingPipes, source.contains(UInt8(ascii: "|")) else {
            bytes.append(contentsOf: source)
            return
        }
        for byte in source {
            if byte == UInt8(ascii: "|") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
    }

    /// False for most lines: no inline special anywhere, nothing at the start that opens a block.
    private static func needsEscaping(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.first else { return false }
        if line.last == UInt8(ascii: "#") { return true }
        if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") || isDigit(first) || opensBlock(first) {
            return true
        }
        return line.contains(where: isInlineSpecial)
    }

    /// `#`, `-`, `+` and `=` at the start of a line open a heading, a list or a setext underline.
    private static func opensBlock(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "#") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "=")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
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
    private static func escapeOrderedListMarker(in bytes: inout [UInt8], from start: Int) {
        var end = start
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        guard end > start, end < bytes.count, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")") else { return }
        bytes.insert(UInt8(ascii: "\\"), at: end)
    }
}
