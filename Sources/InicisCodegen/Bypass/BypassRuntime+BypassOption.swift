extension BypassRuntime {
    /// The protocol of the grammar enums, the internal value protocol and the string Codable helpers.
    static let bypassOption = BypassRuntime.File(name: "BypassOption", text: #"""
        /// 스키마의 옵션 문법 하나를 따르는 옵션 문자열을 나타내는 타입: 토큰마다 case가 하나입니다.
        ///
        /// 값에서 만든 문자열(`rendered`)은 항상 다시 읽을 수 있고(`init(parsing:)`), 읽은 값은 같은 문자열을
        /// 만듭니다.
        public protocol BypassOption: Hashable, Sendable, Codable, CustomStringConvertible {
            /// 스키마의 문법 아이디
            static var grammarID: String { get }
            /// 이니시스에 보내는 문자열
            var rendered: String { get }
            /// 이 옵션을 쓰는 데 필요한 이니시스 별도 계약의 아이디; 필요 없으면 nil
            var contract: String? { get }
            /// 옵션 문자열을 읽습니다. 읽을 수 없으면 멈춘 위치와 이유를 던집니다.
            init(parsing text: String) throws(BypassSyntaxError)
        }

        extension BypassOption {
            public var description: String { rendered }
        }

        /// 옵션 문자열 안의 값 하나 (색상, 숫자, 열거 값, 반복 항목): 읽는 법과 쓰는 법을 한곳에 둡니다.
        protocol BypassValue {
            static func scan(_ scanner: inout BypassScanner) throws(BypassSyntaxError) -> Self
            var rendered: String { get }
        }

        /// 옵션과 값은 JSON에서 이니시스가 읽는 문자열 그대로입니다.
        enum BypassCoding {
            static func decode<Value>(
                from decoder: any Decoder,
                _ parse: (String) throws(BypassSyntaxError) -> Value
            ) throws -> Value {
                let container = try decoder.singleValueContainer()
                let text = try container.decode(String.self)
                do {
                    return try parse(text)
                } catch {
                    throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
                }
            }

            static func encode(_ text: String, to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(text)
            }
        }
        """#)
}
