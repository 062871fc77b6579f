import InicisSchema

/// An enum's wire values for the validator, and how its model goes on the wire (`jsonValue`, and
/// into the validator's document): its wire value, which the protocols' defaults give.
struct EnumSpecRenderer {
    let enumType: EnumType

    func render(into writer: inout CodeWriter) {
        writer.line("extension ", enumType.swiftName, ": JSONValueConvertible, JSONDocumentWritable {}")
        writer.line()
        writer.block("extension ", enumType.swiftName) { writer in
            writer.line("/// 검증기가 쓰는 값 목록")
            writer.line("static let validationSpec = EnumSpec(")
            writer.indented { writer in
                if let summary = enumType.documentation.summary {
                    writer.line("label: ", SwiftStringLiteral.Piece(summary), ",")
                }
                if let prefix = enumType.aliasPrefix {
                    writer.line("aliasPrefix: ", SwiftStringLiteral.Piece(prefix), ",")
                }
                writer.line("values: [")
                writer.indented { writer in
                    // By index: `for value in` would copy every value, documentation and all.
                    for index in enumType.values.indices {
                        writer.line(SwiftStringLiteral.Piece(enumType.values[index].wire), ",")
                    }
                }
                writer.line("]")
            }
            writer.line(")")
        }
    }
}
