import Foundation

extension Inicis {
    /// RFC 3339 date-time (`2024-11-12T00:00:00+09:00`): 받은 문자열을 그대로 보존하면서 `Date`로도 쓸 수
    /// 있습니다.
    ///
    /// `Date`에서 만들면 초 단위(밀리초가 있으면 밀리초까지)의 문자열이 되고, 시간대를 정하지 않으면 UTC(`Z`)를
    /// 씁니다. 한국 시간으로 보내려면 `Inicis.DateTime(date, secondsFromGMT: 9 * 3600)`처럼 씁니다.
    public struct DateTime: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
        /// 전송되는 문자열, 받은 그대로
        public var rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public init(stringLiteral value: String) {
            rawValue = value
        }

        /// `date`를 `secondsFromGMT` 오프셋의 시각으로 씁니다 (기본값: UTC). 밀리초 단위로 반올림하고, 오프셋은
        /// RFC 3339대로 분 단위까지만 씁니다(초는 버리며, 가리키는 시각은 같습니다).
        public init(_ date: Date, secondsFromGMT: Int = 0) {
            rawValue = Inicis.RFC3339.format(date.timeIntervalSince1970, offsetSeconds: secondsFromGMT)
        }

        /// 이 시각의 `Date`; RFC 3339 date-time이 아니면 nil
        public var date: Date? {
            Inicis.RFC3339.instant(rawValue).map(Date.init(timeIntervalSince1970:))
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

