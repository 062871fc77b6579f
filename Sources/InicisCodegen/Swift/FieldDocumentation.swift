import InicisSchema

/// The doc comment of a generated property or one-of case: the field's text plus what the schema
/// says about it (requiredness per platform, contract, grammar, wire name).
enum FieldDocumentation {
    static func write(for field: Field, in schema: Schema, into writer: inout CodeWriter) {
        var comment = DocCommentWriter()
        comment.summaryAndDescription(of: field.documentation, into: &writer)
        writeFacts(for: field, in: schema, into: &comment, writer: &writer)
        comment.notesAndDifferences(of: field.documentation, into: &writer)
    }

    /// The schema's facts as list items. Labels, Korean requirement words and code spans are
    /// clean lines, so they are written as pieces; a contract's name is schema text.
    private static func writeFacts(for field: Field, in schema: Schema, into comment: inout DocCommentWriter, writer: inout CodeWriter) {
        writeRequirements(field.requirements, into: &comment, writer: &writer)
        if field.wireName != field.swiftName {
            comment.item(clean: "JSON 키: ", CodeSpan.Piece(field.wireName), into: &writer)
        }
        if SwiftTypeName.containsDateTime(field.type) {
            comment.item(clean: "RFC 3339 date-time 문자열입니다. 전송된 텍스트를 그대로 보존합니다.", into: &writer)
        }
        if let contractID = field.contract {
            let name = schema.contract(contractID)?.name
            comment.item("별도 계약 필요: " + (name.map { "\($0) " } ?? "") + "(" + CodeSpan.render(contractID) + ")", into: &writer)
        }
        if field.isSecret {
            comment.item(clean: "민감 정보: 검증 메시지에 값이 나오지 않고, ", CodeSpan.Piece("description"), "은 값을 가립니다.", into: &writer)
        }
        if let grammar = field.grammar {
            comment.item(clean: "옵션 문법: ", CodeSpan.Piece(grammar), into: &writer)
        }
    }

    /// `필수 여부: PC: 필수 · 모바일: 선택`; nothing when the schema states nothing.
    private static func writeRequirements(_ requirements: PlatformRequirements, into comment: inout DocCommentWriter, writer: inout CodeWriter) {
        guard !requirements.byPlatform.isEmpty else { return }
        comment.item(into: &writer) { output in
            output.write("필수 여부: ", KoreanLabels.RequirementSummary(requirements: requirements))
        }
    }
}
