import InicisSchema

/// An object of shape `structure` as a `Codable, Hashable, Sendable` struct.
struct StructRenderer {
    let object: ObjectType
    let schema: Schema
    /// The fields the wire carries, named and typed once; removed ones are only mentioned in the
    /// type's documentation.
    private let properties: [Property]

    /// A field as the property, parameter, assignment and coding key that each repeat its name.
    /// A class: the renderer walks the properties four times, and a struct holding a `Field`
    /// would be copied (a dozen reference counts) on every step.
    private final class Property {
        let field: Field
        /// Escaped where it is a keyword.
        let name: String
        /// Without the `?` of an optional.
        let type: String
        /// Non-optional only when every platform requires the field.
        let isRequired: Bool

        init(field: Field, name: String, type: String, isRequired: Bool) {
            self.field = field
            self.name = name
            self.type = type
            self.isRequired = isRequired
        }

        var optionalMark: String { isRequired ? "" : "?" }
    }

    init(object: ObjectType, schema: Schema) {
        self.object = object
        self.schema = schema
        // One pass, one copy of each field (`filter` then `map` would copy it twice).
        properties = object.fields.compactMap { field in
            guard !field.isRemovedFromWire else { return nil }
            return Property(
                field: field,
                name: SwiftIdentifier.escaped(field.swiftName),
                type: SwiftTypeName.of(field.type, in: schema),
                isRequired: field.requirements.isRequiredEverywhere
            )
        }
    }

    func render(into writer: inout CodeWriter) {
        renderTypeDocumentation(into: &writer)
        writer.block("public struct ", object.swiftName, ": Codable, Hashable, Sendable") { writer in
            for property in properties {
                FieldDocumentation.write(for: property.field, in: schema, into: &writer)
                writer.line("public var ", property.name, ": ", property.type, property.optionalMark)
                writer.line()
            }
            renderInitializer(into: &writer)
            renderCodingKeys(into: &writer)
        }
    }

    private func renderTypeDocumentation(into writer: inout CodeWriter) {
        let removed = object.fields.filter(\.isRemovedFromWire).map { field in
            var item = "포트원 SDK에서 제거되어 모델에 없는 필드: " + CodeSpan.render(field.wireName)
            if let summary = field.documentation.summary { item += " (\(summary))" }
            return item
        }
        DocComment.write(object.documentation, facts: removed, into: &writer)
    }

    private func renderInitializer(into writer: inout CodeWriter) {
        guard let last = properties.indices.last else {
            writer.line("public init() {}")
            return
        }
        writer.line("public init(")
        writer.indented { writer in
            for (index, property) in properties.enumerated() {
                let defaultValue = property.isRequired ? "" : " = nil"
                writer.line(property.name, ": ", property.type, property.optionalMark, defaultValue, index == last ? "" : ",")
            }
        }
        writer.block(")") { writer in
            for property in properties {
                writer.line("self.", property.name, " = ", property.name)
            }
        }
    }

    /// Only when a wire name differs from its Swift name; otherwise synthesis does the same.
    private func renderCodingKeys(into writer: inout CodeWriter) {
        guard properties.contains(where: { $0.field.wireName != $0.field.swiftName }) else { return }
        writer.line()
        writer.block("private enum CodingKeys: String, CodingKey") { writer in
            for property in properties {
                let field = property.field
                if field.wireName == field.swiftName {
                    writer.line("case ", property.name)
                } else {
                    writer.line("case ", property.name, " = ", SwiftStringLiteral.Piece(field.wireName))
                }
            }
        }
    }
}
