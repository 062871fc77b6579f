// Copied from Sources/InicisRuntime/ValidationIssue.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis {
    /// 검증이 찾은 문제 하나: 어디에서(경로), 얼마나 심각한지, 어떤 규칙인지(코드), 무엇이 문제인지(한국어 메시지).
    ///
    /// 메시지에는 요청의 값이 들어가지 않습니다. 예외는 열거형 값과 bypass 옵션 문자열뿐이며, 개인정보와
    /// 카드 정보 필드(이름, 연락처, 주소, 카드 번호, 생년월일, 비밀번호 등)의 값은 어떤 경우에도 나오지 않습니다.
    ///
    /// JSON으로는 `{"path":"customer.email","severity":"error","code":"missing-required","message":"…"}`입니다.
    public struct ValidationIssue: Hashable, Sendable, Codable, CustomStringConvertible {
        public enum Severity: String, Hashable, Sendable, Codable, CaseIterable {
            /// 포트원이나 KG이니시스가 거절하는 요청
            case error
            /// 효과가 없거나 별도 계약이 필요한 요청
            case warning
        }

        /// 문제가 있는 값의 JSON 경로 (`items[0].vatAmount`); 요청 전체이면 빈 경로
        public var path: Inicis.ValidationPath
        public var severity: Severity
        /// 바뀌지 않는 코드: 규칙 위반은 규칙 아이디, 그 밖에는 `missing-required`, `unknown-key` 등
        public var code: Code
        /// 가이드의 규칙을 담은 한국어 메시지
        public var message: String

        public init(path: Inicis.ValidationPath, severity: Severity, code: Code, message: String) {
            self.path = path
            self.severity = severity
            self.code = code
            self.message = message
        }

        /// `customer.email: error: [missing-required] …`
        public var description: String {
            "\(path.isRoot ? "(root)" : path.description): \(severity.rawValue): [\(code.rawValue)] \(message)"
        }

        /// 경로 순서, 같은 경로에서는 오류가 경고보다 먼저, 그다음 코드 순서
        static func precedes(_ lhs: Inicis.ValidationIssue, _ rhs: Inicis.ValidationIssue) -> Bool {
            if lhs.path != rhs.path { return lhs.path < rhs.path }
            if lhs.severity != rhs.severity { return lhs.severity == .error }
            return lhs.code.rawValue.utf8.lexicographicallyPrecedes(rhs.code.rawValue.utf8)
        }
    }
}

extension Inicis.ValidationIssue {
    /// 문제의 종류. 값은 바뀌지 않는 문자열이며, 스키마 규칙을 어기면 그 규칙의 아이디입니다.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
        public var rawValue: String

        public init(rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { rawValue = value }
        public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        public var description: String { rawValue }

        /// 필수 파라미터가 없습니다.
        public static var missingRequired: Code { "missing-required" }
        /// 요청에 없는 키입니다.
        public static var unknownKey: Code { "unknown-key" }
        /// 같은 객체에 같은 키가 두 번 나옵니다.
        public static var duplicateKey: Code { "duplicate-key" }
        /// 값의 JSON 타입이 틀렸습니다.
        public static var wrongType: Code { "wrong-type" }
        /// 열거형에 없는 값입니다.
        public static var invalidEnumValue: Code { "invalid-enum-value" }
        /// 값의 형식이 틀렸습니다 (RFC 3339 date-time).
        public static var invalidFormat: Code { "invalid-format" }
        /// 둘 중 정확히 하나만 있어야 하는 객체입니다.
        public static var oneOf: Code { "one-of" }
        /// KG이니시스가 무시하는 파라미터입니다.
        public static var ignoredParameter: Code { "ignored-parameter" }
        /// 이 플랫폼에서는 지원하지 않는 파라미터입니다.
        public static var unsupportedOnPlatform: Code { "unsupported-on-platform" }
        /// 포트원 SDK에서 삭제된 파라미터입니다.
        public static var removedParameter: Code { "removed-parameter" }
        /// KG이니시스와 별도 계약이 필요한 기능입니다.
        public static var contractRequired: Code { "contract-required" }
        /// bypass 옵션 문자열의 문법이 틀렸습니다.
        public static var grammarError: Code { "grammar-error" }
        /// 이 연동은 이 플랫폼에서 보내지 않습니다.
        public static var platformMismatch: Code { "platform-mismatch" }
    }
}

extension Array where Element == Inicis.ValidationIssue {
    /// 오류가 하나라도 있는지
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
