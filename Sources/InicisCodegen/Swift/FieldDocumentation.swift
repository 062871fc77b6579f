import InicisSchema

/// The doc comment of a generated property or one-of case: the field's text plus what the schema
/// says about it (requiredness per platform, contract, grammar, wire name).
enum FieldDocumentation {
    static func lines(for field: Field, in schema: Schema) -> [String] {
        DocComment.render(DocComment.blocks(field.documentation, facts: facts(for: field, in: schema)))
    }

    static func facts(for field: Field, in schema: Schema) -> [String] {
        var facts: [String] = []
        if let summary = KoreanLabels.requirementSummary(field.requirements) {
            facts.append("필수 여부: " + summary)
        }
        if field.wireName != field.swiftName {
            facts.append("JSON 키: " + CodeSpan.render(field.wireName))
        }
        if SwiftTypeName.containsDateTime(field.type) {
            facts.append("RFC 3339 date-time 문자열입니다. 전송된 텍스트를 그대로 보존합니다.")
        }
        if let contractID = field.contract {
            let name = schema.contract(contractID)?.name
            facts.append("별도 계약 필요: " + (name.map { "\($0) " } ?? "") + "(" + CodeSpan.render(contractID) + ")")
        }
        if field.isSecret {
            facts.append("민감 정보: 검증 메시지에 값이 나오지 않고, " + CodeSpan.render("description") + "은 값을 가립니다.")
        }
        if let grammar = field.grammar {
            facts.append("옵션 문법: " + CodeSpan.render(grammar))
        }
        return facts
    }
}
