/// A Swift string literal (`"…"`) whose value is exactly `text`: the one place that escapes
/// schema text for Swift code.
enum SwiftStringLiteral {
    static func render(_ text: String) -> String {
        // Printable ASCII without a quote or backslash needs no escape: most wire values.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        // Most other text (Korean labels) has nothing to escape either: a read-only pass is far
        // cheaper than rebuilding it scalar by scalar.
        if !text.unicodeScalars.contains(where: needsEscape) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if needsUnicodeEscape(scalar) {
                    result += "\\u{" + TextLines.hex(scalar.value) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        // Exactly the scalars the loop below changes: tab is no control there but still escaped.
        scalar == "\\" || scalar == "\"" || scalar == "\t" || needsUnicodeEscape(scalar)
    }

    /// Controls, line separators and bidirectional formatting characters: invisible or
    /// misleading in source, so they are written as escapes.
    private static func needsUnicodeEscape(_ scalar: Unicode.Scalar) -> Bool {
        if TextLines.isControl(scalar) || TextLines.isLineBreak(scalar) { return true }
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }
}
