/// Splits schema text into lines that are safe to place after a line prefix (`///`, a Markdown
/// list marker): every kind of line break ends a line, control characters become visible text,
/// and trailing blanks go (they mean a hard break in Markdown and noise in diffs).
enum TextLines {
    /// `"a\r\nb"` -> `["a", "b"]`. Splits on LF, CR, CRLF, VT, FF, NEL, U+2028 and U+2029: the
    /// characters Swift calls newlines.
    static func split(_ text: String) -> [String] {
        // Most schema text is one clean line: splitting by Character would walk its graphemes.
        if isCleanLine(text) { return [text] }
        // Code and JSON are clean lines between line feeds: split on the bytes.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(Substring($0)) }
        if lines.allSatisfy(isCleanLine) { return lines }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { clean(String($0)) }
    }

    /// The text on one line, line breaks shown as spaces (for table cells and short labels).
    static func singleLine(_ text: String) -> String {
        split(text).joined(separator: " ")
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// C0 controls (except tab), DEL and C1 controls as `\u{7}`; a NUL in a Swift source file is a
    /// warning, and controls render unpredictably elsewhere.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09) || (value >= 0x7F && value <= 0x9F)
    }

    /// Whether `split` would return the text as it is: no line break, no control character and
    /// no trailing blank. Checked on the UTF-8 bytes, the fast path for most schema text.
    static func isCleanLine(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isCleanLine)
            ?? Array(text.utf8).withUnsafeBufferPointer(isCleanLine)
    }

    /// `isCleanLine` on UTF-8 bytes, for the writers that work on byte buffers.
    ///
    /// One test per byte for printable ASCII and for most bytes of other scripts; only a byte
    /// that can end a line break or C1 control looks back at the one or two bytes before it.
    static func isCleanLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices {
            let byte = bytes[index]
            // Printable ASCII (20…7E), the common case: one unsigned comparison.
            if byte &- 0x20 < 0x5F { continue }
            // C0 controls with tab (a trailing tab would go) and DEL.
            if byte < 0x80 { return false }
            // C1 controls and NEL are C2 80…9F; U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            if byte <= 0x9F, index >= 1, bytes[index - 1] == 0xC2 { return false }
            if byte == 0xA8 || byte == 0xA9, index >= 2, bytes[index - 1] == 0x80, bytes[index - 2] == 0xE2 {
                return false
            }
        }
        return bytes.last != 0x20
    }

    /// One line (no line breaks left) with controls made visible and trailing blanks removed.
    private static func clean(_ line: String) -> String {
        if isCleanLine(line) { return line }
        var result = ""
        for scalar in line.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{" + hex(scalar.value) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        while let last = result.unicodeScalars.last, last == " " || last == "\t" {
            result.unicodeScalars.removeLast()
        }
        return result
    }

    /// Uppercase hexadecimal without leading zeros, independent of locale.
    static func hex(_ value: UInt32) -> String {
        String(value, radix: 16, uppercase: true)
    }
}
