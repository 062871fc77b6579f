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
        // Most text, Korean labels included, has no byte that can start an escaped scalar: one
        // pass over the bytes, through a buffer pointer (where `utf8` iterates generically).
        if text.utf8.withContiguousStorageIfAvailable(hasNoEscapeLeadByte) == true {
            return true
        }
        // Text with `·` or `—` (whose lead bytes are shared with escaped scalars) is read scalar
        // by scalar: a read-only pass, still far cheaper than rebuilding it.
        return !text.unicodeScalars.contains(where: needsEscape)
    }

    /// No byte is a quote, a backslash, an ASCII control or DEL, or the lead byte of a non-ASCII
    /// scalar that `needsUnicodeEscape` names: C2 (C1 controls, NEL), D8 (U+061C), E2 (U+200E…,
    /// U+2028…, U+2066…) and EF (U+FEFF). A continuation byte (80…BF) is never one of these, so a
    /// pass is exact for "nothing to escape"; a failure only means "look closer".
    private static func hasNoEscapeLeadByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes {
            switch byte {
            case 0..<0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "\\"), 0xC2, 0xD8, 0xE2, 0xEF: return false
            default: continue
            }
        }
        return true
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
