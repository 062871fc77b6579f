// Copied from Sources/InicisRuntime/QuotedText.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis {
    /// Request text inside a message, as a double-quoted JSON string: control characters, line breaks
    /// and bidirectional overrides are escaped so that one issue always prints as one line, and long
    /// text is cut.
    enum QuotedText {
        static func quoted(_ text: String, limit: Int = 64) -> String {
            var result = "\""
            var count = 0
            for scalar in text.unicodeScalars {
                if count == limit {
                    result += "…"
                    break
                }
                count += 1
                switch scalar {
                case "\"": result += "\\\""
                case "\\": result += "\\\\"
                case "\n": result += "\\n"
                case "\r": result += "\\r"
                case "\t": result += "\\t"
                default:
                    if needsEscape(scalar) {
                        result += "\\u" + hex4(scalar.value)
                    } else {
                        result.unicodeScalars.append(scalar)
                    }
                }
            }
            return result + "\""
        }

        private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
                true
            default:
                false
            }
        }

        /// Four lowercase hexadecimal digits. A plain loop: the one-line `map` over a reversed
        /// range took the type checker most of a second.
        private static func hex4(_ value: UInt32) -> String {
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }
}
