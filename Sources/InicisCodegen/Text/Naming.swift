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

    /// An HTML anchor id: ASCII lowercased, every character outside `[a-z0-9]` replaced by `-`.
    /// `payment` + `customer.fullName` -> `payment-customer-fullname`.
    static func anchor(_ parts: String...) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: "-")) }
            AnchorSlug.append(part, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
