import InicisSchema

/// An object of shape `oneOf` as an enum with one case per field. On the wire it is a JSON
/// object with exactly one of the fields' keys.
struct OneOfRenderer {
    let object: ObjectType
    let schema: Schema

    /// The alternatives the wire carries, worked out once: every part of the file lists them.
    private let fields: [Field]

    init(object: ObjectType, schema: Schema) {
        self.object = object
        self.schema = schema
        fields = object.fields.filter { !$0.isRemovedFromWire }
    }

    func render(into writer: inout CodeWriter) {
        let removed = object.fields.filter(\.isRemovedFromWire).map {
            "포트원 SDK에서 제거되어 모델에 없는 선택지: " + CodeSpan.render($0.wireName)
        }
        let facts = ["JSON 객체에 다음 키 중 정확히 하나만 있어야 합니다: " + keyList()] + removed
        DocComment.write(object.documentation, facts: facts, into: &writer)
        writer.block("public enum ", object.swiftName, ": Hashable, Sendable") { writer in
            for (index, field) in fields.enumerated() {
                if index > 0 { writer.line() }
                FieldDocumentation.write(for: field, in: schema, into: &writer)
                writer.line("case ", caseName(field), "(", SwiftTypeName.of(field.type, in: schema), ")")
            }
        }
        writer.line()
        writer.block("extension ", object.swiftName, ": Codable") { writer in
            if fields.isEmpty {
                renderUninhabitedCoding(into: &writer)
            } else {
                renderCodingKeys(into: &writer)
                writer.line()
                renderDecoder(into: &writer)
                writer.line()
                renderEncoder(into: &writer)
            }
        }
    }

    private func caseName(_ field: Field) -> String {
        SwiftIdentifier.escaped(field.swiftName)
    }

    /// `range`, `interval`: the wire keys, for doc comments (Markdown code spans).
    private func keyList() -> String {
        fields.map { CodeSpan.render($0.wireName) }.joined(separator: ", ")
    }

    private func renderCodingKeys(into writer: inout CodeWriter) {
        writer.block("private enum CodingKeys: String, CodingKey") { writer in
            for field in fields {
                writer.line("case ", caseName(field), " = ", SwiftStringLiteral.Piece(field.wireName))
            }
        }
    }

    private func renderDecoder(into writer: inout CodeWriter) {
        let expected = "\(object.swiftName): expected exactly one of "
            + fields.map(\.wireName).joined(separator: ", ") + "; found "
        writer.block("public init(from decoder: any Decoder) throws") { writer in
            writer.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
            writer.line("let keys = container.allKeys")
            writer.block("guard keys.count == 1, let key = keys.first else") { writer in
                writer.line("let found = keys.isEmpty ? \"none\" : keys.map(\\.stringValue).sorted().joined(separator: \", \")")
                writer.line("throw DecodingError.dataCorrupted(DecodingError.Context(")
                writer.indented { writer in
                    writer.line("codingPath: container.codingPath,")
                    writer.line("debugDescription: ", SwiftStringLiteral.Piece(expected), " + found + \".\"")
                }
                writer.line("))")
            }
            writer.switchBlock("key") { writer in
                for field in fields {
                    let name = caseName(field)
                    let type = SwiftTypeName.of(field.type, in: schema)
                    writer.line("case .", name, ": self = .", name, "(try container.decode(", type, ".self, forKey: .", name, "))")
                }
            }
        }
    }

    private func renderEncoder(into writer: inout CodeWriter) {
        writer.block("public func encode(to encoder: any Encoder) throws") { writer in
            writer.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            writer.switchBlock("self") { writer in
                for field in fields {
                    let name = caseName(field)
                    writer.line("case .", name, "(let value): try container.encode(value, forKey: .", name, ")")
                }
            }
        }
    }

    /// A one-of whose every alternative was removed has no values: decoding always fails.
    private func renderUninhabitedCoding(into writer: inout CodeWriter) {
        let message = "\(object.swiftName) has no alternatives left on the wire."
        writer.block("public init(from decoder: any Decoder) throws") { writer in
            writer.line("throw DecodingError.dataCorrupted(DecodingError.Context(")
            writer.indented { writer in
                writer.line("codingPath: decoder.codingPath,")
                writer.line("debugDescription: ", SwiftStringLiteral.Piece(message))
            }
            writer.line("))")
        }
        writer.line()
        writer.line("public func encode(to encoder: any Encoder) throws {}")
    }
}
