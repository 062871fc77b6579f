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
        var result = ""
        for scalar in parts.joined(separator: "-").unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: result.unicodeScalars.append(scalar)
            case 0x41...0x5A: result.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20)!)
            default: result += "-"
            }
        }
        return result
    }
}
