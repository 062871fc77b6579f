/// Splits schema text into lines that are safe to place after a line prefix (`///`, a Markdown
/// list marker): every kind of line break ends a line, control characters become visible text,
/// and trailing blanks go (they mean a hard break in Markdown and noise in diffs).
enum TextLines {
    /// `"a\r\nb"` -> `["a", "b"]`. Splits on LF, CR, CRLF, VT, FF, NEL, U+2028 and U+2029.
    static func split(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if isLineBreak(scalar) {
                lines.append(clean(String(current)))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(clean(String(current)))
        return lines
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

    private static func clean(_ line: String) -> String {
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
