extension Inicis {
    /// KG이니시스와 맺는 별도 계약. 계약이 필요한 기능을 계약 없이 쓰면 검증이 경고합니다.
    ///
    /// 알려진 계약은 정적 속성(`.vatTaxFree` 등)으로 있습니다. 값은 스키마의 계약 아이디입니다.
    public struct Contract: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public var rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        public var description: String { rawValue }
    }
}
