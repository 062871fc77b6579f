/// A Swift string literal (`"…"`) whose value is exactly `text`: the one place that escapes
/// schema text for Swift code.
enum SwiftStringLiteral {
    static func render(_ text: String) -> String {
        if isVerbatim(text) { return "\"" + text + "\"" }
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

    /// Whether the literal is the text between two quotes, as for nearly all schema text.
    private static func isVerbatim(_ text: String) -> Bool {
        // Printable ASCII without a quote or backslash needs no escape: most wire values. The
        // bytes are read through a buffer pointer, a tight loop where `utf8` iterates generically.
        let isPlainASCII = { (byte: UInt8) in
            byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
        }
        if text.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy(isPlainASCII) }) ?? text.utf8.allSatisfy(isPlainASCII) {
            return true
        }
        // Most other text (Korean labels) has nothing to escape either: a read-only pass is far
        // cheaper than rebuilding it scalar by scalar.
        return !text.unicodeScalars.contains(where: needsEscape)
    }

    /// The literal as a piece of a line (`writer.line("case ", SwiftStringLiteral.Piece(wire), ":")`),
    /// copied between its quotes without making it a `String` first when nothing needs escaping.
    struct Piece: TextPiece {
        let text: String

        init(_ text: String) {
            self.text = text
        }

        func append(to bytes: inout [UInt8]) {
            guard SwiftStringLiteral.isVerbatim(text) else {
                SwiftStringLiteral.render(text).append(to: &bytes)
                return
            }
            bytes.append(UInt8(ascii: "\""))
            text.append(to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
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
