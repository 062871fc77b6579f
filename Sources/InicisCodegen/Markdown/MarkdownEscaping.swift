/// `MarkdownText`'s escaping on UTF-8 bytes, appended to a page's buffer. Every special is ASCII,
/// and a byte below 0x80 is never part of a multi-byte character, so no decoding is needed.
enum MarkdownEscaping {
    static let lineBreakTag = Array("<br>".utf8)

    /// One line with inline specials escaped, anything that could open a block at its start
    /// (`#`, `-`, `+`, `=`, `1.`, indentation) neutralised, and a `#` at its end escaped: in a
    /// heading, trailing `#`s after a space would be read as its closing sequence and dropped.
    static func appendLine(_ line: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        appendLine(line, traits: TextTraits(line), to: &bytes)
    }

    /// `appendLine` for a line already scanned.
    static func appendLine(_ line: UnsafeBufferPointer<UInt8>, traits: TextTraits, to bytes: inout [UInt8]) {
        if !needsEscaping(line, traits: traits) {
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
        appendEscapingPipes(source, if: escapingPipes && source.contains(UInt8(ascii: "|")), to: &bytes)
    }

    /// `append` for bytes already scanned: `escapingPipes` only when they have a pipe.
    static func append(_ source: UnsafeBufferPointer<UInt8>, escapingPipes: Bool, traits: TextTraits, to bytes: inout [UInt8]) {
        appendEscapingPipes(source, if: escapingPipes && traits.hasPipe, to: &bytes)
    }

    private static func appendEscapingPipes(_ source: UnsafeBufferPointer<UInt8>, if escapingPipes: Bool, to bytes: inout [UInt8]) {
        guard escapingPipes else {
            bytes.append(contentsOf: source)
            return
        }
        for byte in source {
            if byte == UInt8(ascii: "|") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
    }

    /// `CodeSpan.longestBacktickRun` on the text's bytes.
    static func longestBacktickRun(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var longest = 0
            var current = 0
            for byte in bytes {
                current = byte == UInt8(ascii: "`") ? current + 1 : 0
                longest = max(longest, current)
            }
            return longest
        }
    }

    /// False for most lines: no inline special anywhere, nothing at the start that opens a block.
    private static func needsEscaping(_ line: UnsafeBufferPointer<UInt8>, traits: TextTraits) -> Bool {
        guard let first = line.first else { return false }
        if line.last == UInt8(ascii: "#") { return true }
        if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") || isDigit(first) || opensBlock(first) {
            return true
        }
        return traits.hasInlineSpecial
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
    fileprivate static func isInlineSpecial(_ byte: UInt8) -> Bool {
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

/// What one pass over a text's bytes found, enough to pick each kind of text's fast path: most
/// schema text is one clean line with nothing to escape, which is then copied as it is.
struct TextTraits {
    private let classes: UInt8
    /// `TextLines.isCleanLine`: no line break, no control character, no trailing blank.
    let isCleanLine: Bool

    var hasInlineSpecial: Bool { classes & Self.inlineSpecial != 0 }
    var hasBacktick: Bool { classes & Self.backtick != 0 }
    var hasPipe: Bool { classes & Self.pipe != 0 }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var classes: UInt8 = 0
        Self.table.withUnsafeBufferPointer { table in
            for byte in bytes { classes |= table[Int(byte)] }
        }
        self.classes = classes
        if classes & Self.control != 0 || bytes.last == UInt8(ascii: " ") {
            isCleanLine = false
        } else {
            // C2 and E2 start NEL, C1 controls, U+2028 and U+2029, but also `·`, `—` and `→`.
            isCleanLine = classes & Self.mayBreakLine == 0 || TextLines.isCleanLine(bytes)
        }
    }

    private static let control: UInt8 = 1
    private static let mayBreakLine: UInt8 = 2
    private static let inlineSpecial: UInt8 = 4
    private static let backtick: UInt8 = 8
    private static let pipe: UInt8 = 16

    /// The classes of each byte value, looked up instead of compared byte by byte.
    private static let table: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        var classes: UInt8 = 0
        if byte < 0x20 || byte == 0x7F { classes |= control }
        if byte == 0xC2 || byte == 0xE2 { classes |= mayBreakLine }
        if MarkdownEscaping.isInlineSpecial(byte) { classes |= inlineSpecial }
        if byte == UInt8(ascii: "`") { classes |= backtick }
        if byte == UInt8(ascii: "|") { classes |= pipe }
        return classes
    }
}
