import Foundation

extension Inicis.JSON {
    /// JSON 텍스트(UTF-8)를 읽습니다. 같은 키가 두 번 나오면 둘 다 순서대로 담습니다.
    ///
    /// Foundation's parsers keep one of two duplicate keys without saying so; a validator that read
    /// one value while PortOne read the other could be bypassed, so this parser keeps both.
    public init(parsing data: Data) throws(Inicis.JSONSyntaxError) {
        var parser = Inicis.JSONParser(bytes: Array(data))
        self = try parser.parseDocument()
    }
}

extension Inicis {
    /// A strict RFC 8259 parser over UTF-8 bytes.
    struct JSONParser {
        /// Deeper documents are refused rather than risking the stack.
        static let maximumDepth = 512

        private let bytes: [UInt8]
        private var position = 0
        private var depth = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func parseDocument() throws(Inicis.JSONSyntaxError) -> Inicis.JSON {
            skipWhitespace()
            let value = try parseValue()
            skipWhitespace()
            guard position == bytes.count else { throw error("값 뒤에 남은 내용이 있습니다") }
            return value
        }

        private mutating func parseValue() throws(Inicis.JSONSyntaxError) -> Inicis.JSON {
            guard let byte = peek() else { throw error("값이 와야 하는데 입력이 끝났습니다") }
            switch byte {
            case UInt8(ascii: "{"): return try parseObject()
            case UInt8(ascii: "["): return try parseArray()
            case UInt8(ascii: "\""): return .string(try parseString())
            case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
            case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
            case UInt8(ascii: "n"): return try parseLiteral("null", .null)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
            default: throw error("값이 와야 할 자리입니다")
            }
        }

        private mutating func parseObject() throws(Inicis.JSONSyntaxError) -> Inicis.JSON {
            try enter()
            position += 1
            var members: [Inicis.JSON.Member] = []
            skipWhitespace()
            if consume(UInt8(ascii: "}")) {
                depth -= 1
                return .object(members)
            }
            repeat {
                skipWhitespace()
                guard peek() == UInt8(ascii: "\"") else { throw error("객체의 키(문자열)가 와야 합니다") }
                let key = try parseString()
                skipWhitespace()
                guard consume(UInt8(ascii: ":")) else { throw error("키 뒤에 ':'가 와야 합니다") }
                skipWhitespace()
                members.append(Inicis.JSON.Member(key, try parseValue()))
                skipWhitespace()
            } while consume(UInt8(ascii: ","))
            guard consume(UInt8(ascii: "}")) else { throw error("',' 또는 '}'가 와야 합니다") }
            depth -= 1
            return .object(members)
        }

        private mutating func parseArray() throws(Inicis.JSONSyntaxError) -> Inicis.JSON {
            try enter()
            position += 1
            var elements: [Inicis.JSON] = []
            skipWhitespace()
            if consume(UInt8(ascii: "]")) {
                depth -= 1
                return .array(elements)
            }
            repeat {
                skipWhitespace()
                elements.append(try parseValue())
                skipWhitespace()
            } while consume(UInt8(ascii: ","))
            guard consume(UInt8(ascii: "]")) else { throw error("',' 또는 ']'가 와야 합니다") }
            depth -= 1
            return .array(elements)
        }

        private mutating func enter() throws(Inicis.JSONSyntaxError) {
            depth += 1
            guard depth <= Self.maximumDepth else { throw error("중첩이 \(Self.maximumDepth)단계보다 깊습니다") }
        }

        private mutating func parseLiteral(_ word: StaticString, _ value: Inicis.JSON) throws(Inicis.JSONSyntaxError) -> Inicis.JSON {
            let count = word.utf8CodeUnitCount
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
            guard position + count <= bytes.count, bytes[position..<position + count].elementsEqual(expected) else {
                throw error("true, false, null 중 하나가 와야 합니다")
            }
            position += count
            return value
        }

        // MARK: Numbers

        private mutating func parseNumber() throws(Inicis.JSONSyntaxError) -> Inicis.JSON {
            let start = position
            _ = consume(UInt8(ascii: "-"))
            if consume(UInt8(ascii: "0")) {
                if let next = peek(), isDigit(next) { throw error("수는 0으로 시작할 수 없습니다") }
            } else {
                guard consumeDigits() else { throw error("수의 숫자가 와야 합니다") }
            }
            var isInteger = true
            if consume(UInt8(ascii: ".")) {
                isInteger = false
                guard consumeDigits() else { throw error("소수점 뒤에 숫자가 와야 합니다") }
            }
            if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
                isInteger = false
                _ = consume(UInt8(ascii: "+")) || consume(UInt8(ascii: "-"))
                guard consumeDigits() else { throw error("지수에 숫자가 와야 합니다") }
            }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            if isInteger, let integer = Int(text) { return .integer(integer) }
            guard let number = Double(text), number.isFinite else {
                position = start
                throw error("수가 너무 큽니다")
            }
            return .number(number)
        }

        private mutating func consumeDigits() -> Bool {
            let start = position
            while let byte = peek(), isDigit(byte) { position += 1 }
            return position > start
        }

        private func isDigit(_ byte: UInt8) -> Bool {
            byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        }

        // MARK: Strings

        private mutating func parseString() throws(Inicis.JSONSyntaxError) -> String {
            position += 1
            var text = ""
            var plainStart = position
            while true {
                guard let byte = peek() else { throw error("문자열이 닫히지 않았습니다") }
                switch byte {
                case UInt8(ascii: "\""):
                    try appendPlain(from: plainStart, to: &text)
                    position += 1
                    return text
                case UInt8(ascii: "\\"):
                    try appendPlain(from: plainStart, to: &text)
                    position += 1
                    text.unicodeScalars.append(try parseEscape())
                    plainStart = position
                case 0x00..<0x20:
                    throw error("문자열 안의 제어 문자는 이스케이프해야 합니다")
                default:
                    position += 1
                }
            }
        }

        /// The unescaped bytes between `start` and the current position, which must be valid
        /// UTF-8. Decoded as a whole rather than scalar by scalar, which was most of the parse:
        /// decoding repairs what is not UTF-8, so a run that reads back differently was not.
        private func appendPlain(from start: Int, to text: inout String) throws(Inicis.JSONSyntaxError) {
            guard start < position else { return }
            let plain = bytes[start..<position]
            let decoded = String(decoding: plain, as: UTF8.self)
            guard decoded.utf8.elementsEqual(plain) else {
                throw Inicis.JSONSyntaxError(offset: start, reason: "UTF-8이 아닌 바이트가 있습니다")
            }
            text += decoded
        }

        private mutating func parseEscape() throws(Inicis.JSONSyntaxError) -> Unicode.Scalar {
            guard let byte = peek() else { throw error("이스케이프가 끝나지 않았습니다") }
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return "\""
            case UInt8(ascii: "\\"): return "\\"
            case UInt8(ascii: "/"): return "/"
            case UInt8(ascii: "b"): return "\u{08}"
            case UInt8(ascii: "f"): return "\u{0C}"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "u"): return try parseUnicodeEscape()
            default:
                position -= 1
                throw error("알 수 없는 이스케이프입니다")
            }
        }

        private mutating func parseUnicodeEscape() throws(Inicis.JSONSyntaxError) -> Unicode.Scalar {
            let first = try parseHex4()
            if (0xDC00...0xDFFF).contains(first) { throw error("짝이 없는 서로게이트입니다") }
            guard (0xD800...0xDBFF).contains(first) else {
                // Not a surrogate, so always a valid scalar.
                return Unicode.Scalar(first)!
            }
            guard consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")) else { throw error("짝이 없는 서로게이트입니다") }
            let second = try parseHex4()
            guard (0xDC00...0xDFFF).contains(second) else { throw error("짝이 없는 서로게이트입니다") }
            let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            return Unicode.Scalar(value)!
        }

        private mutating func parseHex4() throws(Inicis.JSONSyntaxError) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let byte = peek(), let digit = hexValue(byte) else { throw error("\\u 뒤에 16진수 4자리가 와야 합니다") }
                value = value << 4 | digit
                position += 1
            }
            return value
        }

        private func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
            default: nil
            }
        }

        // MARK: Bytes

        private func peek() -> UInt8? {
            position < bytes.count ? bytes[position] : nil
        }

        private mutating func consume(_ byte: UInt8) -> Bool {
            guard peek() == byte else { return false }
            position += 1
            return true
        }

        private mutating func skipWhitespace() {
            while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                position += 1
            }
        }

        private func error(_ reason: String) -> Inicis.JSONSyntaxError {
            Inicis.JSONSyntaxError(offset: position, reason: reason)
        }
    }
}
