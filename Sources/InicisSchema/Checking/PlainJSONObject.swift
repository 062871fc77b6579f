/// A quick yes for example JSON that is certainly an object, before Foundation is asked.
///
/// `JSONSerialization` costs about 60,000 instructions per example, most of a check of the real
/// schema. This recognizer answers only "certainly a JSON object" or "don't know": strict RFC 8259
/// objects, minus whatever Foundation might refuse or that would need care (exponents, long
/// numbers, escaped surrogates, deep nesting). Everything it does not accept goes to
/// `JSONSerialization`, which also words the messages, so results are the same either way.
enum PlainJSONObject {
    static func isCertainlyObject(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var scanner = Scanner(bytes: bytes)
            scanner.skipWhitespace()
            guard scanner.object(depth: 1) else { return false }
            scanner.skipWhitespace()
            return scanner.isAtEnd
        } ?? false
    }

    private struct Scanner {
        /// Far below Foundation's own nesting limit.
        static let maximumDepth = 64
        /// Integers and decimals this short are always representable.
        static let maximumNumberLength = 15

        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        var isAtEnd: Bool { position == bytes.count }

        private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

        private mutating func consume(_ byte: UInt8) -> Bool {
            guard current == byte else { return false }
            position += 1
            return true
        }

        mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                position += 1
            }
        }

        mutating func object(depth: Int) -> Bool {
            guard depth <= Self.maximumDepth, consume(UInt8(ascii: "{")) else { return false }
            skipWhitespace()
            if consume(UInt8(ascii: "}")) { return true }
            repeat {
                skipWhitespace()
                guard string() else { return false }
                skipWhitespace()
                guard consume(UInt8(ascii: ":")) else { return false }
                skipWhitespace()
                guard value(depth: depth) else { return false }
                skipWhitespace()
            } while consume(UInt8(ascii: ","))
            return consume(UInt8(ascii: "}"))
        }

        private mutating func array(depth: Int) -> Bool {
            guard depth <= Self.maximumDepth, consume(UInt8(ascii: "[")) else { return false }
            skipWhitespace()
            if consume(UInt8(ascii: "]")) { return true }
            repeat {
                skipWhitespace()
                guard value(depth: depth) else { return false }
                skipWhitespace()
            } while consume(UInt8(ascii: ","))
            return consume(UInt8(ascii: "]"))
        }

        private mutating func value(depth: Int) -> Bool {
            switch current {
            case UInt8(ascii: "{"): object(depth: depth + 1)
            case UInt8(ascii: "["): array(depth: depth + 1)
            case UInt8(ascii: "\""): string()
            case UInt8(ascii: "t"): literal("true")
            case UInt8(ascii: "f"): literal("false")
            case UInt8(ascii: "n"): literal("null")
            default: number()
            }
        }

        private mutating func literal(_ word: StaticString) -> Bool {
            let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            guard bytes.count - position >= letters.count else { return false }
            for letter in letters {
                guard consume(letter) else { return false }
            }
            return true
        }

        /// The text is a Swift string, so its bytes are valid UTF-8 already.
        private mutating func string() -> Bool {
            guard consume(UInt8(ascii: "\"")) else { return false }
            while let byte = current {
                position += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return true
                case UInt8(ascii: "\\"):
                    guard escape() else { return false }
                case ..<0x20:
                    return false
                default:
                    continue
                }
            }
            return false
        }

        /// After a backslash. `\u` escapes of surrogates are left to Foundation (pairing rules).
        private mutating func escape() -> Bool {
            guard let byte = current else { return false }
            position += 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                 UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                return true
            case UInt8(ascii: "u"):
                var scalar: UInt32 = 0
                for _ in 0..<4 {
                    guard let digit = current.flatMap(Self.hexValue) else { return false }
                    scalar = scalar << 4 | digit
                    position += 1
                }
                return !(0xD800...0xDFFF).contains(scalar)
            default:
                return false
            }
        }

        private static func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
            default: nil
            }
        }

        /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?`, short. An exponent is left to Foundation (range).
        private mutating func number() -> Bool {
            let start = position
            _ = consume(UInt8(ascii: "-"))
            if !consume(UInt8(ascii: "0")) {
                guard let first = current, (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(first) else { return false }
                skipDigits()
            }
            if consume(UInt8(ascii: ".")) {
                guard let first = current, Self.isDigit(first) else { return false }
                skipDigits()
            }
            if let next = current, next == UInt8(ascii: "e") || next == UInt8(ascii: "E") { return false }
            return position - start <= Self.maximumNumberLength
        }

        private mutating func skipDigits() {
            while let byte = current, Self.isDigit(byte) { position += 1 }
        }

        private static func isDigit(_ byte: UInt8) -> Bool {
            byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        }
    }
}
