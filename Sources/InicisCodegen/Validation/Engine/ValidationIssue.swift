extension ValidationEngine {
    /// `Swift/Validation/Engine/ValidationIssue.swift`, written as is: it does not depend on the schema.
    static let validationIssue = EngineFile(name: "ValidationIssue", source: #"""
/// 검증이 찾은 문제 하나: 어디에서(경로), 얼마나 심각한지, 어떤 규칙인지(코드), 무엇이 문제인지(한국어 메시지).
///
/// 메시지에는 요청의 값이 들어가지 않습니다. 예외는 열거형 값과 bypass 옵션 문자열뿐이며, 카드 번호, 생년월일,
/// 비밀번호, 식별 번호처럼 민감한 필드의 값은 어떤 경우에도 나오지 않습니다.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Codable, CaseIterable {
        /// 포트원이나 이니시스가 거절하는 요청
        case error
        /// 효과가 없거나 별도 계약이 필요한 요청
        case warning
    }

    /// 문제가 있는 값의 JSON 경로 (`items[0].vatAmount`); 요청 전체이면 빈 경로
    public var path: ValidationPath
    public var severity: Severity
    /// 바뀌지 않는 코드: 규칙 위반은 규칙 아이디, 그 밖에는 `missing-required`, `unknown-key` 등
    public var code: String
    /// 가이드의 규칙을 담은 한국어 메시지
    public var message: String

    public init(path: ValidationPath, severity: Severity, code: String, message: String) {
        self.path = path
        self.severity = severity
        self.code = code
        self.message = message
    }

    /// `customer.email: error: [missing-required] …`
    public var description: String {
        "\(path.isRoot ? "(root)" : path.description): \(severity.rawValue): [\(code)] \(message)"
    }
}

extension ValidationIssue {
    /// 경로 순서, 같은 경로에서는 오류가 경고보다 먼저, 그다음 코드 순서
    static func precedes(_ lhs: ValidationIssue, _ rhs: ValidationIssue) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.severity != rhs.severity { return lhs.severity == .error }
        return lhs.code.utf8.lexicographicallyPrecedes(rhs.code.utf8)
    }
}

extension Array where Element == ValidationIssue {
    /// 오류가 하나라도 있는지
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
"""#)
}
