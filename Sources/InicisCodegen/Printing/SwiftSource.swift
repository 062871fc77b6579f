/// Schema text made safe for Swift source: string literals and doc comments. Whatever the schema
/// says (quotes, backslashes, `"""`, `*/`, `\(`, control characters, line separators), the
/// generated Swift compiles and says exactly that.
enum SwiftSource {
    /// A Swift string literal whose value is exactly `text`.
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if isInvisible(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A raw multi-line string literal for long text (the tables' JSON): `#"""` with as many `#`
    /// as it takes that the text can neither end the literal nor interpolate.
    static func rawMultilineLiteral(_ text: String) -> String {
        var hashes = "#"
        while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) {
            hashes += "#"
        }
        return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
    }

    /// `///` lines for documentation text: one per line of the text, with nothing in it that a
    /// compiler or a documentation tool would read as the end of the comment or a new line.
    static func docLines(_ text: String) -> [String] {
        // A line feed is always a character of its own, so splitting the bytes is splitting the text.
        visibleText(text).utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { bytes in
            var trimmed = Substring(bytes).drop { $0 == " " }
            while trimmed.last == " " { trimmed.removeLast() }
            return trimmed.isEmpty ? "///" : "/// " + String(trimmed)
        }
    }

    /// The text with every line break a line feed, other control characters spaces, and
    /// bidirectional overrides and invisible marks (which would make the source read differently
    /// from what it is) written out as escapes.
    private static func visibleText(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && isInvisible($0) }) else { return text }
        var cleaned = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: cleaned += "\n"
            case 0x00..<0x20, 0x7F..<0xA0: cleaned += " "
            default:
                if isInvisible(scalar) {
                    cleaned += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    cleaned.unicodeScalars.append(scalar)
                }
            }
        }
        return cleaned
    }

    /// Characters that would be invisible or reorder text in a literal: written as escapes.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
