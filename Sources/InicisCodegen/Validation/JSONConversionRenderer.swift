import InicisSchema

/// An object's model as a `JSONValue`, built directly (no `JSONEncoder`): the typed models reach
/// the same validator as raw JSON. Keys come in schema order, which the validator looks up fastest.
struct JSONConversionRenderer {
    let object: ObjectType
    let schema: Schema

    /// The model carries only the fields still on the wire.
    private var fields: [Field] { object.fields.filter { !$0.isRemovedFromWire } }

    func render(into writer: inout CodeWriter) {
        writer.block("extension \(object.swiftName): JSONValueConvertible") { writer in
            writer.line("/// 이 요청 객체를 전송할 때의 JSON (키는 스키마 순서)")
            writer.block("public var jsonValue: JSONValue") { writer in
                switch object.shape {
                case .structure: renderStructure(into: &writer)
                case .oneOf: renderOneOf(into: &writer)
                }
            }
        }
    }

    private func renderStructure(into writer: inout CodeWriter) {
        guard !fields.isEmpty else {
            writer.line(".object([])")
            return
        }
        writer.line("var members: [JSONMember] = []")
        writer.line("members.reserveCapacity(\(fields.count))")
        for field in fields {
            let key = SwiftStringLiteral.render(field.wireName)
            let name = SwiftIdentifier.escaped(field.swiftName)
            if field.requirements.isRequiredEverywhere {
                writer.line("members.append(JSONMember(\(key), \(name).jsonValue))")
            } else {
                writer.line("if let value = \(name) { members.append(JSONMember(\(key), value.jsonValue)) }")
            }
        }
        writer.line("return .object(members)")
    }

    private func renderOneOf(into writer: inout CodeWriter) {
        guard !fields.isEmpty else {
            // No alternative is left on the wire: the type has no values.
            writer.line("switch self {}")
            return
        }
        writer.switchBlock("self") { writer in
            for field in fields {
                let key = SwiftStringLiteral.render(field.wireName)
                writer.line("case .\(SwiftIdentifier.escaped(field.swiftName))(let value): .object([JSONMember(\(key), value.jsonValue)])")
            }
        }
    }
}
