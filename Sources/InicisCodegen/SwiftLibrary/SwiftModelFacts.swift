import InicisSchema

/// What the generated Swift says about a field or value beyond its text: requiredness, the wire
/// key, contracts, privacy; and when Xcode should strike it through.
enum SwiftModelFacts {
    static func facts(of field: Field, swiftName: String, schema: Schema) -> [String] {
        var facts: [String] = []
        if !field.requirements.byPlatform.isEmpty {
            let summary = Platform.allCases.compactMap { platform in
                field.requirements[platform].map { KoreanLabels.platform(platform) + ": " + KoreanLabels.requirement($0) }
            }
            facts.append("필수 여부: " + summary.joined(separator: " · "))
        }
        if field.wireName != swiftName {
            facts.append("JSON 키: " + CodeSpan.render(field.wireName))
        }
        if let contractID = field.contract {
            let name = schema.contract(contractID)?.name
            facts.append("KG이니시스 별도 계약 필요: " + (name.map { "\($0) " } ?? "") + "(" + CodeSpan.render(contractID) + ")")
        }
        if field.isSecret {
            facts.append("카드·인증 정보: `description`과 `dump`는 값을 가리고, 검증 메시지에도 나오지 않습니다.")
        } else if field.isPersonal {
            facts.append("개인정보: `description`과 `dump`는 값을 가리고, 검증 메시지에도 나오지 않습니다.")
        }
        if let grammar = field.grammar {
            facts.append("옵션 문법: " + CodeSpan.render(grammar))
        }
        return facts
    }

    /// The deprecation message of a field that has no effect on any platform it applies to:
    /// ignored by Inicis or unsupported everywhere. Nil for a field that does something somewhere.
    static func deprecation(of field: Field) -> String? {
        let requirements = field.requirements.byPlatform
        guard !requirements.isEmpty, requirements.values.allSatisfy({ $0 == .ignored || $0 == .unsupported }) else {
            return nil
        }
        let reason = requirements.values.contains(.ignored)
            ? "KG이니시스는 이 파라미터를 처리하지 않습니다. 보내도 결제에 아무 영향이 없습니다."
            : "KG이니시스 연동에서는 지원하지 않는 파라미터입니다. 보내도 아무 효과가 없습니다."
        return field.documentation.notes.first.map { reason + " " + $0.text } ?? reason
    }

    /// The deprecation message of an enum value Inicis does not support.
    static func deprecation(of value: EnumValue, in enumType: EnumType) -> String? {
        guard value.inicis == .unsupported else { return nil }
        let reason = "KG이니시스가 지원하지 않는 값입니다."
        return enumType.documentation.notes.first.map { reason + " " + $0.text } ?? reason
    }

    /// `@available(*, deprecated, message: "…")`.
    static func attribute(_ message: String) -> String {
        "@available(*, deprecated, message: " + SwiftSource.literal(message) + ")"
    }
}
