/// Schema text made safe for Swift source: string literals and doc comments. Whatever the schema
/// says (quotes, backslashes, `"""`, `*/`, `\(`, control characters, line separators), the
/// generated Swift compiles and says exactly that.
enum SwiftSource {
    /// A Swift string literal whose value is exactly `text`.
    static func literal(_ text: String) -> String {
        "\"" + text.replacingScalars(escape) + "\""
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\\": "\\\\"
        case "\"": "\\\""
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        default: isInvisible(scalar) ? "\\u{" + String(scalar.value, radix: 16) + "}" : nil
        }
    }

    /// A raw multi-line string literal for long text (the tables' JSON): `#"""` with as many `#`
    /// as it takes that the text can neither end the literal nor interpolate.
    static func rawMultilineLiteral(_ text: String) -> String {
        let hashes = String(repeating: "#", count: longestHashRunAfterDelimiter(in: text) + 1)
        return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
    }

    /// The longest run of `#` right after a `"""` or a `\` in the text, in one pass over its bytes
    /// (the tables' text is long enough that searching it once per candidate shows in a run).
    private static func longestHashRunAfterDelimiter(in text: String) -> Int {
        var longest = 0
        var run = 0
        var quotes = 0
        var afterDelimiter = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "#"), afterDelimiter {
                run += 1
                longest = max(longest, run)
                continue
            }
            run = 0
            quotes = byte == UInt8(ascii: "\"") ? quotes + 1 : 0
            afterDelimiter = byte == UInt8(ascii: "\\") || quotes >= 3
        }
        return longest
    }

    /// `///` lines for documentation text: one per line of the text, with nothing in it that a
    /// compiler or a documentation tool would read as the end of the comment or a new line.
    static func docLines(_ text: String) -> [String] {
        // A line feed is always a character of its own, so splitting the bytes is splitting the
        // text; most text is one line, which needs no split.
        let visible = visibleText(text)
        guard visible.utf8.contains(UInt8(ascii: "\n")) else { return [docLine(Substring(visible))] }
        return visible.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { docLine(Substring($0)) }
    }

    private static func docLine(_ text: Substring) -> String {
        var trimmed = text.drop { $0 == " " }
        while trimmed.last == " " { trimmed.removeLast() }
        return trimmed.isEmpty ? "///" : "/// " + String(trimmed)
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
