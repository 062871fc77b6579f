extension Inicis.Bypass {
    /// `#RRGGBB` 형식의 색상: `#`과 16진수 여섯 자리
    ///
    /// 쓴 그대로(대소문자 포함) 다시 문자열이 됩니다. 형식에 맞지 않는 리터럴은 실행 중 멈추고, 실행 중
    /// 받은 문자열은 `init(_:)`으로 검사합니다.
    public struct HexColor: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
        /// `#`과 16진수 여섯 자리, 쓴 그대로
        public let rawValue: String

        @_spi(InicisCodegen) public init(unchecked text: String) {
            rawValue = text
        }

        public init(_ text: String) throws(SyntaxError) {
            var scanner = Inicis.BypassScanner(text)
            rawValue = try scanner.hexColor()
            try scanner.expectEnd()
        }

        /// 대문자 16진수로 씁니다: `HexColor(red: 0xAB, green: 0x12, blue: 0x0F)`는 `#AB120F`입니다.
        public init(red: UInt8, green: UInt8, blue: UInt8) {
            let digits = Array("0123456789ABCDEF")
            var text = "#"
            for byte in [red, green, blue] {
                text.append(digits[Int(byte >> 4)])
                text.append(digits[Int(byte & 0x0F)])
            }
            rawValue = text
        }

        public init(stringLiteral value: String) {
            do {
                try self.init(value)
            } catch {
                preconditionFailure("HexColor \"\(value)\": \(error)")
            }
        }

        public var description: String { rawValue }
    }
}
