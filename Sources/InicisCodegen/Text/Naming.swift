/// Names derived from schema ids.
enum Naming {
    /// `instant-payment` -> `InstantPayment`; `requestPayment` -> `RequestPayment`.
    static func upperCamel(_ name: String) -> String {
        name.split(whereSeparator: { $0 == "-" || $0 == "_" })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    /// An HTML anchor id: ASCII lowercased, every character outside `[a-z0-9]` replaced by `-`.
    /// `payment` + `customer.fullName` -> `payment-customer-fullname`.
    static func anchor(_ parts: String...) -> String {
        var bytes: [UInt8] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: "-")) }
            for byte in part.utf8 {
                switch byte {
                case 0x61...0x7A, 0x30...0x39: bytes.append(byte)
                case 0x41...0x5A: bytes.append(byte + 0x20)
                // A continuation byte belongs to a character whose first byte gave its dash.
                case 0x80...0xBF: continue
                default: bytes.append(UInt8(ascii: "-"))
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
