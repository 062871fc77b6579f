extension ValidationEngine {
    /// `Swift/Validation/Engine/ValidationMessages.swift`, written as is: it does not depend on the schema.
    static let validationMessages = EngineFile(name: "ValidationMessages", source: #"""
/// The Korean messages of the generic codes. Rule violations use the schema's message (or the
/// guide's sentence) instead. Request values appear only where noted: enum values and bypass
/// options, quoted, and never for secret fields.
enum ValidationMessages {
    static func platformName(_ platform: Platform) -> String {
        switch platform {
        case .pc: "PC"
        case .mobile: "모바일"
        case .api: "REST API"
        }
    }

    static func platformMismatch(_ platforms: String) -> String {
        "이 연동의 요청은 \(platforms)에서 보냅니다. 해당 플랫폼으로 검증하세요."
    }

    static func missingRequired(_ label: String?, platform: Platform) -> String {
        let subject = label.map { "필수 파라미터(\($0))" } ?? "필수 파라미터"
        return "\(subject)가 없습니다. \(platformName(platform))에서는 필수로 입력해야 합니다."
    }

    static func unknownKey(_ key: String, known: [String]) -> String {
        var message = "알 수 없는 키입니다. 이 요청에 없는 파라미터이므로 의도한 효과가 나지 않습니다."
        if let suggestion = NearestName.suggestion(for: key, among: known) {
            message += " \(QuotedText.quoted(suggestion))을(를) 의도했나요?"
        }
        return message
    }

    static func oneOf(_ names: [String]) -> String {
        "\(names.joined(separator: ", ")) 중 정확히 하나만 입력해야 합니다."
    }

    static func ignored(platform: Platform) -> String {
        "이니시스의 경우 이 파라미터를 지원하지 않으며, 설정하더라도 결제 동작에 아무런 영향을 주지 않습니다. (\(platformName(platform)))"
    }

    static func unsupported(platform: Platform) -> String {
        "\(platformName(platform))에서는 지원하지 않는 파라미터입니다. 설정하더라도 아무런 효과가 없습니다."
    }

    static let removed = "포트원 SDK에서 삭제된 파라미터입니다. 설정하더라도 전달되지 않습니다."

    static func contractRequired(_ contract: InicisContract) -> String {
        let feature = contract.name.map { "\($0)(\(contract.rawValue))" } ?? contract.rawValue
        return "\(feature) 기능은 이니시스에 사전 신청 후 계약이 완료되어야 사용할 수 있습니다. 계약 없이 이용하면 결제 승인에 실패하거나 의도와 다른 결과를 얻을 수 있습니다. 계약했다면 검증할 때 이 계약을 알려 주세요."
    }

    static let invalidDateTime = "RFC 3339 date-time 형식이어야 합니다. (예: 2024-11-12T00:00:00+09:00)"

    static func invalidEnumValue(_ text: String, _ enumeration: EnumSpec, isSecret: Bool) -> String {
        var message = isSecret ? "허용되지 않는 값입니다." : "허용되지 않는 값 \(QuotedText.quoted(text))입니다."
        if !isSecret, let suggestion = NearestName.suggestion(for: text, among: enumeration.values) {
            message += " \(QuotedText.quoted(suggestion))을(를) 의도했나요?"
        }
        if enumeration.values.count <= 30 {
            message += " 허용 값: " + enumeration.values.joined(separator: ", ")
        }
        return message
    }

    static func grammarError(offset: Int, _ reason: String, option: String?) -> String {
        var message = "옵션 문법 오류 (\(offset + 1)번째 문자): \(reason)"
        if let option { message += " 옵션: \(QuotedText.quoted(option))" }
        return message
    }

    static func wrongType(expected: ValueSpec, found: JSONDocument.Value) -> String {
        "\(typeName(expected)) 값이어야 하지만 \(typeName(found)) 값이 들어왔습니다."
    }

    private static func typeName(_ spec: ValueSpec) -> String {
        switch spec {
        case .string, .enumeration: "문자열"
        case .dateTime: "문자열(RFC 3339 date-time)"
        case .integer: "정수"
        case .boolean: "불리언(true/false)"
        case .object: "객체"
        case .array: "배열"
        }
    }

    private static func typeName(_ value: JSONDocument.Value) -> String {
        switch value {
        case .null: "null"
        case .bool: "불리언"
        case .integer: "정수"
        case .number: "소수"
        case .string: "문자열"
        case .array: "배열"
        case .object: "객체"
        }
    }
}
"""#)
}
