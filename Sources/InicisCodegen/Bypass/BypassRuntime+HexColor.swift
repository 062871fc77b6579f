extension BypassRuntime {
    /// The `#RRGGBB` value type (colours need no schema parameters, so it is fixed text).
    static let hexColor = BypassRuntime.File(name: "HexColor", text: #"""
        /// `#RRGGBB` 형식의 색상: `#`과 16진수 여섯 자리
        ///
        /// 쓴 그대로(대소문자 포함) 다시 문자열이 됩니다. 리터럴(`"#RRGGBB"` 꼴)이 형식에 맞지 않으면 실행 중
        /// 멈추고, 실행 중 받은 문자열은 `init(_:)`으로 검사합니다.
        public struct HexColor: Hashable, Sendable, RawRepresentable, Codable, CustomStringConvertible {
            /// `#`과 16진수 여섯 자리, 쓴 그대로
            public let rawValue: String

            private init(unchecked text: String) {
                rawValue = text
            }

            public init(_ text: String) throws(BypassSyntaxError) {
                self = try BypassScanner.whole(text, Self.scan)
            }

            public init?(rawValue: String) {
                guard let color = try? HexColor(rawValue) else { return nil }
                self = color
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

            public var description: String { rawValue }

            public init(from decoder: any Decoder) throws {
                self = try BypassCoding.decode(from: decoder, HexColor.init(_:))
            }

            public func encode(to encoder: any Encoder) throws {
                try BypassCoding.encode(rawValue, to: encoder)
            }
        }

        extension HexColor: ExpressibleByStringLiteral {
            public init(stringLiteral value: String) {
                do {
                    try self.init(value)
                } catch {
                    preconditionFailure("HexColor \"\(value)\": \(error)")
                }
            }
        }

        extension HexColor: BypassValue {
            static func scan(_ scanner: inout BypassScanner) throws(BypassSyntaxError) -> HexColor {
                HexColor(unchecked: try scanner.hexColor())
            }

            var rendered: String { rawValue }
        }
        """#)
}
