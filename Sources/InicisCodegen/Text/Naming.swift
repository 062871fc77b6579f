/// Names derived from schema ids.
enum Naming {
    /// `instant-payment` -> `InstantPayment`; `requestPayment` -> `RequestPayment`.
    static func upperCamel(_ name: String) -> String {
        // Ids are ASCII: going by bytes skips the per-word strings and Unicode case mapping.
        if let ascii = asciiUpperCamel(name) { return ascii }
        return name.split(whereSeparator: { $0 == "-" || $0 == "_" })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    /// `upperCamel` of an ASCII name; nil when the name has other characters.
    private static func asciiUpperCamel(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { source -> String? in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(source.count)
            var startsWord = true
            for byte in source {
                switch byte {
                case 0x80...: return nil
                case UInt8(ascii: "-"), UInt8(ascii: "_"): startsWord = true
                case 0x61...0x7A where startsWord:
                    bytes.append(byte - 0x20)
                    startsWord = false
                default:
                    bytes.append(byte)
                    startsWord = false
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// An HTML anchor id: ASCII lowercased, every character outside `[a-z0-9]` replaced by `-`
    /// (one `-` per character, so `가나` gives `--`). `payment` + `customer.fullName` ->
    /// `payment-customer-fullname`.
    static func anchor(_ parts: String...) -> String {
        parts.map(slug).joined(separator: "-")
    }

    /// One `-` per Unicode scalar outside ASCII letters and digits.
    private static func slug(_ part: String) -> String {
        String(decoding: part.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: UInt8(scalar.value)
            case 0x41...0x5A: UInt8(scalar.value + 0x20)
            default: UInt8(ascii: "-")
            }
        }, as: UTF8.self)
    }
}
