extension Inicis {
    /// 포트원의 문자열 열거형(통화, 결제수단, 카드사 등). 알려진 값은 정적 속성(`.krw`)이고, 스키마에 없는 값도
    /// 받은 그대로 보존되어 다시 인코딩됩니다.
    ///
    /// 디코딩은 포트원 SDK가 받는 접두사 붙은 별칭도 받아 정식 값으로 바꿉니다(`CURRENCY_KRW` → `KRW`).
    /// 인코딩은 항상 정식 값을 씁니다. KG이니시스가 지원하지 않는 값은 `deprecated`로 표시되어 Xcode에서
    /// 줄이 그어집니다.
    public protocol WireEnum: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible where RawValue == String {
        init(rawValue: String)
        /// 포트원 SDK의 별칭 접두사 (`CURRENCY`); 없으면 nil
        static var aliasPrefix: String? { get }
    }
}

extension Inicis.WireEnum {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self.init(rawValue: Self.canonical(text))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// `text` without the alias prefix and its `_`.
    static func canonical(_ text: String) -> String {
        guard let prefix = aliasPrefix.map({ $0 + "_" }), text.hasPrefix(prefix), text.count > prefix.count else { return text }
        return String(text.dropFirst(prefix.count))
    }
}

