// Copied from Sources/InicisRuntime/TextFormats.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis {
    /// The string formats of `format` rules, checked byte by byte (no regular expressions).
    enum TextFormats {
        static func matches(_ text: String, _ format: Inicis.TextFormat) -> Bool {
            switch format {
            case .asciiPrintable:
                return text.utf8.allSatisfy { $0 >= 0x20 && $0 <= 0x7E }
            case .digits:
                return !text.isEmpty && text.utf8.allSatisfy(isDigit)
            case .hexColor:
                let bytes = text.utf8
                return bytes.count == 7 && bytes.first == UInt8(ascii: "#") && bytes.dropFirst().allSatisfy(isHexDigit)
            case .dateTime:
                return Inicis.RFC3339.instant(text) != nil
            case .twoDigitMonth:
                guard text.utf8.count == 2, text.utf8.allSatisfy(isDigit), let month = Int(text) else { return false }
                return (1...12).contains(month)
            case .twoDigitYear:
                return text.utf8.count == 2 && text.utf8.allSatisfy(isDigit)
            case .characters(let ranges):
                return text.unicodeScalars.allSatisfy { scalar in
                    ranges.contains { $0.contains(scalar.value) }
                }
            }
        }

        private static func isDigit(_ byte: UInt8) -> Bool {
            byte >= 0x30 && byte <= 0x39
        }

        private static func isHexDigit(_ byte: UInt8) -> Bool {
            isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
        }
    }
}
