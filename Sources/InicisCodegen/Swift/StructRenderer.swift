import InicisSchema

/// An object of shape `structure` as a `Codable, Hashable, Sendable` struct.
struct StructRenderer {
    let object: ObjectType
    let schema: Schema

    /// The fields the wire carries; removed ones are only mentioned in the type's documentation.
    private var fields: [Field] { object.fields.filter { !$0.isRemovedFromWire } }

    func render(into writer: inout CodeWriter) {
        writer.lines(typeDocumentation())
        writer.block("public struct \(object.swiftName): Codable, Hashable, Sendable") { writer in
            for field in fields {
                writer.lines(FieldDocumentation.lines(for: field, in: schema))
                writer.line("public var \(SwiftIdentifier.escaped(field.swiftName)): \(propertyType(field))")
                writer.line()
            }
            renderInitializer(into: &writer)
            renderCodingKeys(into: &writer)
        }
    }

    private func typeDocumentation() -> [String] {
        let removed = object.fields.filter(\.isRemovedFromWire).map { field in
            var item = "포트원 SDK에서 제거되어 모델에 없는 필드: " + CodeSpan.render(field.wireName)
            if let summary = field.documentation.summary { item += " (\(summary))" }
            return item
        }
        return DocComment.render(DocComment.blocks(object.documentation, facts: removed))
    }

    /// Non-optional only when every platform requires the field.
    private func propertyType(_ field: Field) -> String {
        let type = SwiftTypeName.of(field.type, in: schema)
        return field.requirements.isRequiredEverywhere ? type : type + "?"
    }

    private func renderInitializer(into writer: inout CodeWriter) {
        let parameters = fields.map { field in
            let name = SwiftIdentifier.escaped(field.swiftName)
            let type = propertyType(field)
            return field.requirements.isRequiredEverywhere ? "\(name): \(type)" : "\(name): \(type) = nil"
        }
        guard !parameters.isEmpty else {
            writer.line("public init() {}")
            return
        }
        writer.line("public init(")
        writer.indented { writer in
            for (index, parameter) in parameters.enumerated() {
                writer.line(parameter + (index == parameters.count - 1 ? "" : ","))
            }
        }
        writer.block(")") { writer in
            for field in fields {
                let name = SwiftIdentifier.escaped(field.swiftName)
                writer.line("self.\(name) = \(name)")
            }
        }
    }

    /// Only when a wire name differs from its Swift name; otherwise synthesis does the same.
    private func renderCodingKeys(into writer: inout CodeWriter) {
        guard fields.contains(where: { $0.wireName != $0.swiftName }) else { return }
        writer.line()
        writer.block("private enum CodingKeys: String, CodingKey") { writer in
            for field in fields {
                let name = SwiftIdentifier.escaped(field.swiftName)
                if field.wireName == field.swiftName {
                    writer.line("case \(name)")
                } else {
                    writer.line("case \(name) = \(SwiftStringLiteral.render(field.wireName))")
                }
            }
        }
    }
}
