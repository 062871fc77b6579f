extension Inicis {
    /// The Korean messages of the generic codes. Rule violations use the schema's message (or the
    /// guide's sentence) instead. Request values appear only where noted: enum values and bypass
    /// options, quoted, and never those of personal or card fields.
    ///
    /// Quoted values are followed by words that take no particle (`입니다`, a colon), so that the
    /// sentence reads right whatever the value ends with.
    enum ValidationMessages {
        static func platformName(_ platform: Inicis.Platform) -> String {
            switch platform {
            case .pc: "PC"
            case .mobile: "모바일"
            case .api: "REST API"
            }
        }

        static func platformMismatch(_ platforms: [Inicis.Platform]) -> String {
            let names = platforms.map(platformName).joined(separator: ", ")
            return "이 연동의 요청은 \(names)에서 보냅니다. 그 플랫폼으로 검증하세요."
        }

        static func missingRequired(_ label: String?, platform: Inicis.Platform) -> String {
            let subject = label.map { "필수 파라미터 " + Inicis.KoreanParticle.subject(after: $0) } ?? "필수 파라미터가"
            return "\(subject) 없습니다. \(platformName(platform))에서는 반드시 입력해야 합니다."
        }

        static func unknownKey(_ key: String, known: [String]) -> String {
            var message = "알 수 없는 키입니다. 이 요청에 없는 파라미터라서 보내도 효과가 없습니다."
            if let suggestion = Inicis.NearestName.suggestion(for: key, among: known) {
                message += " 비슷한 키: \(Inicis.QuotedText.quoted(suggestion))"
            }
            return message
        }

        static let duplicateKey = "같은 키가 이 객체에 두 번 이상 나옵니다. 포트원과 이 검증이 서로 다른 값을 읽을 수 있으니 하나만 남기세요."

        static func oneOf(_ names: [String]) -> String {
            "\(names.joined(separator: ", ")) 중 정확히 하나만 입력해야 합니다."
        }

        static func ignored(platform: Inicis.Platform) -> String {
            "KG이니시스는 이 파라미터를 처리하지 않습니다. 보내도 결제에 아무 영향이 없습니다. (\(platformName(platform)))"
        }

        static func unsupported(platform: Inicis.Platform) -> String {
            "\(platformName(platform))에서는 지원하지 않는 파라미터입니다. 보내도 아무 효과가 없습니다."
        }

        static let removed = "포트원 SDK에서 삭제된 파라미터입니다. 보내도 전달되지 않습니다."

        static func contractRequired(_ contract: Inicis.Contract, name: String?) -> String {
            let feature = name.map { "\($0)(\(contract.rawValue))" } ?? contract.rawValue
            return "\(feature) 기능은 KG이니시스와 별도 계약을 맺어야 쓸 수 있습니다. 계약 없이 쓰면 결제 승인이 실패하거나 의도와 다른 결과가 나올 수 있습니다. 계약했다면 검증할 때 그 계약을 알려 주세요."
        }

        static let invalidDateTime = "RFC 3339 date-time 형식이어야 합니다. (예: 2024-11-12T00:00:00+09:00)"

        static func invalidEnumValue(_ text: String, _ enumeration: Inicis.EnumSpec, isSensitive: Bool) -> String {
            var message = isSensitive ? "허용되지 않는 값입니다." : "허용되지 않는 값 \(Inicis.QuotedText.quoted(text))입니다."
            if !isSensitive, let suggestion = Inicis.NearestName.suggestion(for: text, among: enumeration.values) {
                message += " 비슷한 값: \(Inicis.QuotedText.quoted(suggestion))."
            }
            if enumeration.values.count <= 30 {
                message += " 허용되는 값: " + enumeration.values.joined(separator: ", ")
            }
            return message
        }

        static func grammarError(offset: Int, _ reason: String, option: String?) -> String {
            let subject = option.map { "옵션 \(Inicis.QuotedText.quoted($0))의 " } ?? "옵션의 "
            return subject + "\(offset + 1)번째 문자에서 문법 오류: \(reason)"
        }

        static func wrongType(expected: Inicis.ValueSpec, found: Inicis.JSONDocument.Value) -> String {
            "\(typeName(expected)) 값이어야 하는데 \(typeName(found)) 값이 들어왔습니다."
        }

        private static func typeName(_ spec: Inicis.ValueSpec) -> String {
            switch spec {
            case .string, .enumeration: "문자열"
            case .dateTime: "문자열(RFC 3339 date-time)"
            case .integer: "정수"
            case .boolean: "불리언(true/false)"
            case .object: "객체"
            case .array: "배열"
            case .json: "JSON"
            }
        }

        private static func typeName(_ value: Inicis.JSONDocument.Value) -> String {
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
}
