import InicisSchema

/// An object's table for the validator: every field (removed ones too, so they are recognised)
/// with its type and per-platform requirement, and the object's rules.
struct ObjectSpecRenderer {
    let object: ObjectType
    let schema: Schema

    func render(into writer: inout CodeWriter) {
        writer.block("extension \(object.swiftName)") { writer in
            writer.line("/// 검증기가 쓰는 필드와 규칙")
            writer.line("static let validationSpec = ObjectSpec(")
            writer.indented { writer in
                if let summary = object.documentation.summary {
                    writer.line("label: \(SwiftStringLiteral.render(summary)),")
                }
                if object.shape == .oneOf {
                    writer.line("isOneOf: true,")
                }
                renderFields(into: &writer)
                let rules = RuleSpecRenderer(holder: object, schema: schema)
                rules.renderArgument(object.rules, into: &writer)
            }
            writer.line(")")
        }
    }

    private func renderFields(into writer: inout CodeWriter) {
        guard !object.fields.isEmpty else {
            writer.line("fields: []" + (object.rules.isEmpty ? "" : ","))
            return
        }
        writer.line("fields: [")
        writer.indented { writer in
            for field in object.fields {
                writer.line("FieldSpec(" + arguments(field).joined(separator: ", ") + "),")
            }
        }
        writer.line("]" + (object.rules.isEmpty ? "" : ","))
    }

    private func arguments(_ field: Field) -> [String] {
        var arguments = [SwiftStringLiteral.render(field.wireName)]
        if let summary = field.documentation.summary {
            arguments.append("label: " + SwiftStringLiteral.render(summary))
        }
        arguments.append(ValueSpecText.render(field.type, in: schema))
        for platform in Platform.allCases {
            if let requirement = field.requirements[platform] {
                arguments.append("\(platform.rawValue): .\(requirement.rawValue)")
            }
        }
        if let contract = field.contract {
            arguments.append("contract: InicisContract(rawValue: \(SwiftStringLiteral.render(contract)))")
        }
        if let grammar = field.grammar {
            arguments.append("grammar: " + SwiftStringLiteral.render(grammar))
        }
        if field.isRemovedFromWire { arguments.append("isRemoved: true") }
        if field.isSecret { arguments.append("isSecret: true") }
        return arguments
    }
}

/// A field type as a `ValueSpec` expression; named types become indices into the catalog, with
/// the type's name in a comment.
enum ValueSpecText {
    static func render(_ type: FieldType, in schema: Schema) -> String {
        switch type {
        case .string: ".string"
        case .integer: ".integer"
        case .boolean: ".boolean"
        case .dateTime: ".dateTime"
        case .enumeration(let id):
            if let index = schema.enumPosition(id) {
                ".enumeration(\(index) /* \(schema.enums[index].swiftName) */)"
            } else {
                // An unresolved reference (the checker reports it): any string passes.
                ".string"
            }
        case .object(let id), .oneOf(let id):
            if let index = schema.objectPosition(id) {
                ".object(\(index) /* \(schema.objects[index].swiftName) */)"
            } else {
                ".string"
            }
        case .array(let element):
            ".array(\(render(element, in: schema)))"
        }
    }
}
