extension ValidationEngine {
    /// `Swift/Validation/Engine/ValidatableOperation.swift`, written as is: it does not depend on the schema.
    static let validatableOperation = EngineFile(name: "ValidatableOperation", source: #"""
import Foundation

/// 검증할 수 있는 연동: 스키마의 규칙으로 요청 JSON을 검사합니다.
public protocol ValidatableOperation: InicisOperation {
    /// 플랫폼을 정하지 않았을 때 검증할 플랫폼: SDK는 PC, REST API는 API
    static var defaultPlatform: Platform { get }

    /// `request`의 모든 문제를 경로 순서로 돌려줍니다. 처음 찾은 문제에서 멈추지 않습니다.
    ///
    /// - Parameters:
    ///   - platform: 요청을 보내는 플랫폼
    ///   - contracts: 이니시스와 맺은 별도 계약. 없는 계약이 필요한 기능은 경고가 됩니다.
    ///   - now: 입금 기한처럼 미래여야 하는 시각을 비교할 현재 시각
    static func validate(_ request: JSONValue, platform: Platform, contracts: Set<InicisContract>, now: Date) -> [ValidationIssue]
}

extension ValidatableOperation {
    /// JSON 텍스트를 읽어 검증합니다. JSON이 아니면 오류를 던집니다. 잘못된 타입의 값은 던지지 않고
    /// `wrong-type` 문제로 보고합니다.
    public static func validate(json: Data, platform: Platform? = nil, contracts: Set<InicisContract> = [], now: Date = Date()) throws -> [ValidationIssue] {
        validate(try JSONValue(json: json), platform: platform ?? defaultPlatform, contracts: contracts, now: now)
    }
}
"""#)
}
