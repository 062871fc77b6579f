import InicisSchema

/// How an object's model goes on the wire, built directly (no `JSONEncoder`): it writes itself
/// into the validator's `JSONDocument` (`JSONDocumentWritable`), so that the typed models reach
/// the same validator as raw JSON, and its public `jsonValue` is read back from that document.
/// Keys come in schema order, which the validator looks up fastest.
struct JSONConversionRenderer {
    let object: ObjectType
    let schema: Schema

    func render(into writer: inout CodeWriter) {
        writer.block("extension ", object.swiftName, ": JSONValueConvertible") { writer in
            writer.line("/// 이 요청 객체를 전송할 때의 JSON (키는 스키마 순서)")
            writer.line("public var jsonValue: JSONValue { JSONDocument(self).jsonValue() }")
        }
        writer.line()
        writer.block("extension ", object.swiftName, ": JSONDocumentWritable") { writer in
            writer.line("/// 검증기가 읽는 문서에 이 객체를 전송할 때의 모양으로 씁니다 (키는 스키마 순서)")
            writer.block("func write(to document: inout JSONDocument)") { writer in
                switch object.shape {
                case .structure: renderStructure(into: &writer)
                case .oneOf: renderOneOf(into: &writer)
                }
            }
        }
    }

    /// One member per field; `member` leaves out a nil one, which is absent on the wire.
    private func renderStructure(into writer: inout CodeWriter) {
        writer.line("let object = document.beginObject()")
        // The model carries only the fields still on the wire.
        for field in object.fields where !field.isRemovedFromWire {
            writer.line("document.member(", SwiftStringLiteral.Piece(field.wireName), ", ", SwiftIdentifier.escaped(field.swiftName), ")")
        }
        writer.line("document.end(object)")
    }

    private func renderOneOf(into writer: inout CodeWriter) {
        guard object.fields.contains(where: { !$0.isRemovedFromWire }) else {
            // No alternative is left on the wire: the type has no values.
            writer.line("switch self {}")
            return
        }
        writer.line("let object = document.beginObject()")
        writer.switchBlock("self") { writer in
            for field in object.fields where !field.isRemovedFromWire {
                let key = SwiftStringLiteral.Piece(field.wireName)
                writer.line("case .", SwiftIdentifier.escaped(field.swiftName), "(let value): document.member(", key, ", value)")
            }
        }
        writer.line("document.end(object)")
    }
}
