import Foundation

extension Inicis {
    /// 가이드가 다루는 연동 하나: 브라우저 SDK 호출 또는 포트원 REST API 호출
    public protocol Operation {
        /// 연동 아이디 (`payment`, `instant-payment`, …): CLI의 `--operation` 값
        static var id: String { get }
        /// 요청을 보내는 플랫폼
        static var platforms: [Inicis.Platform] { get }
    }
}

extension Inicis {
    /// 브라우저 SDK 함수 호출 (`requestPayment`, …). 요청은 PC와 모바일에서 보냅니다.
    public protocol SDKOperation: Inicis.Operation {
        associatedtype Request: Codable, Hashable, Sendable
        /// 호출할 SDK 함수
        static var function: String { get }

        /// JSON 요청의 모든 문제를 경로 순서로 돌려줍니다. JSON이 아닐 때만 던지며, 값의 타입이 틀렸거나
        /// 키가 중복되었거나 모르는 키가 있으면 그 경로의 문제로 보고합니다.
        ///
        /// - Parameters:
        ///   - platform: 요청을 보내는 곳 (`.pc` 또는 `.mobile`): 필수 여부가 플랫폼마다 다릅니다.
        ///   - contracts: KG이니시스와 맺은 별도 계약. 계약이 필요한 기능을 쓰면 경고가 됩니다.
        ///   - now: 미래여야 하는 시각(입금 기한 등)을 비교할 현재 시각
        static func validate(json: Data, platform: Inicis.Platform, contracts: Set<Inicis.Contract>, now: Date) throws(Inicis.JSONSyntaxError) -> [Inicis.ValidationIssue]
    }
}

extension Inicis.SDKOperation {
    public static var platforms: [Inicis.Platform] { [.pc, .mobile] }

    public static func validate(json: Data, platform: Inicis.Platform) throws(Inicis.JSONSyntaxError) -> [Inicis.ValidationIssue] {
        try validate(json: json, platform: platform, contracts: [], now: Date())
    }
}
