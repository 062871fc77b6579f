import InicisSchema

/// An enum's wire values for the validator, and how its model goes on the wire (`jsonValue`, and
/// into the validator's document): its wire value, which the protocols' defaults give.
struct EnumSpecRenderer {
    let enumType: EnumType

    func render(into writer: inout CodeWriter) {
        writer.line("extension \(enumType.swiftName): JSONValueConvertible, JSONDocumentWritable {}")
        writer.line()
        writer.block("extension \(enumType.swiftName)") { writer in
            writer.line("/// 검증기가 쓰는 값 목록")
            writer.line("static let validationSpec = EnumSpec(")
            writer.indented { writer in
                var arguments: [String] = []
                if let summary = enumType.documentation.summary {
                    arguments.append("label: \(SwiftStringLiteral.render(summary))")
                }
                if let prefix = enumType.aliasPrefix {
                    arguments.append("aliasPrefix: \(SwiftStringLiteral.render(prefix))")
                }
                for argument in arguments { writer.line(argument + ",") }
                writer.line("values: [")
                writer.indented { writer in
                    for value in enumType.values {
                        writer.line(SwiftStringLiteral.render(value.wire) + ",")
                    }
                }
                writer.line("]")
            }
            writer.line(")")
        }
    }
}
