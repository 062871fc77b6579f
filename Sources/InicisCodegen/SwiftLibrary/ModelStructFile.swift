import InicisSchema

/// An object of shape `structure` as a public struct: stored properties under Swift names,
/// `unknownFields` for keys the schema does not know, Codable through the wire keys, and the
/// runtime's redacted `description` and `dump`.
struct ModelStructFile {
    let object: ObjectType
    let names: SwiftNames

    /// A field of the model, named and typed once.
    private struct Property {
        let field: Field
        /// The public name, escaped where it is a keyword.
        let name: String
        let type: String
        /// Non-optional only when every platform requires the field.
        let isRequired: Bool
        /// Set when the field has no effect anywhere: the public property is a deprecated view of
        /// private storage, so that the library's own code never touches a deprecated member.
        let deprecation: String?

        var storage: String { deprecation == nil ? name : "_" + name.filter { $0 != "`" } }
        var declaredType: String { isRequired ? type : type + "?" }
    }

    private var properties: [Property] {
        object.fields.filter { !$0.isRemovedFromWire }.map { field in
            Property(
                field: field, name: names.memberName(field), type: names.type(of: field.type),
                isRequired: field.requirements.isRequiredEverywhere, deprecation: SwiftModelFacts.deprecation(of: field)
            )
        }
    }

    var file: GeneratedFile {
        SwiftSourceFile.make(path: "Swift/Models/\(object.swiftName).swift") { printer in
            printDeclaration(into: &printer)
            printer.blankLine()
            printCodable(into: &printer)
            printer.blankLine()
            printModel(into: &printer)
        }
    }

    private func printDeclaration(into printer: inout CodePrinter) {
        var comment = SwiftDocComment(object.documentation)
        for removed in object.fields where removed.isRemovedFromWire {
            comment.item("포트원 SDK에서 삭제되어 이 모델에 없는 파라미터: \(CodeSpan.render(removed.wireName))")
        }
        printer.block("extension Inicis") { printer in
            comment.print(into: &printer)
            printer.block("public struct \(object.swiftName): Hashable, Sendable") { printer in
                for property in properties {
                    printProperty(property, into: &printer)
                    printer.blankLine()
                }
                printer.line("/// 이 버전의 스키마가 모르는 키와 값: 디코딩한 그대로 다시 인코딩됩니다.")
                printer.line("public var unknownFields: Inicis.UnknownFields")
                printer.blankLine()
                printInitializer(into: &printer)
            }
        }
    }

    private func printProperty(_ property: Property, into printer: inout CodePrinter) {
        let facts = SwiftModelFacts.facts(of: property.field, swiftName: property.name, schema: names.schema)
        SwiftDocComment(property.field.documentation, facts: facts).print(into: &printer)
        guard let deprecation = property.deprecation else {
            printer.line("public var \(property.name): \(property.declaredType)")
            return
        }
        printer.line(SwiftModelFacts.attribute(deprecation))
        printer.block("public var \(property.name): \(property.declaredType)") { printer in
            printer.line("get { self.\(property.storage) }")
            printer.line("set { self.\(property.storage) = newValue }")
        }
        printer.blankLine()
        printer.line("private var \(property.storage): \(property.declaredType)")
    }

    private func printInitializer(into printer: inout CodePrinter) {
        printer.line("/// 필수가 아닌 값은 모두 `nil`이 기본값입니다.")
        let parameters = properties.map { property in
            "\(property.name): \(property.declaredType)" + (property.isRequired ? "" : " = nil")
        } + ["unknownFields: Inicis.UnknownFields = [:]"]
        printer.line("public init(")
        printer.indented { printer in
            for (offset, parameter) in parameters.enumerated() {
                printer.line(parameter + (offset == parameters.count - 1 ? "" : ","))
            }
        }
        printer.block(")") { printer in
            for property in properties {
                printer.line("self.\(property.storage) = \(property.name)")
            }
            printer.line("self.unknownFields = unknownFields")
        }
    }

    // Every property is read and written through `self.`: a JSON key may be named like a local
    // (`container`, `document`, `object`) or a parameter (`decoder`), which would shadow it.
    private func printCodable(into printer: inout CodePrinter) {
        printer.block("extension Inicis.\(object.swiftName): Codable") { printer in
            printer.block("public init(from decoder: any Decoder) throws") { printer in
                printer.line("let container = try Inicis.WireContainer(decoder)")
                for property in properties {
                    let method = property.isRequired ? "required" : "optional"
                    printer.line("self.\(property.storage) = try container.\(method)(\(SwiftSource.literal(property.field.wireName)))")
                }
                printer.line("self.unknownFields = try Inicis.UnknownFields(from: container, object: Self.schemaObjectID, in: Self.catalog)")
            }
            printer.blankLine()
            printer.block("public func encode(to encoder: any Encoder) throws") { printer in
                printer.line("try encodeModel(to: encoder)")
            }
        }
    }

    private func printModel(into printer: inout CodePrinter) {
        // The runtime's model protocol is SPI: apps see the conformances below, not this one.
        printer.block("@_spi(InicisCodegen) extension Inicis.\(object.swiftName): Inicis.GeneratedModel") { printer in
            printer.line("public static var schemaObjectID: String { \(SwiftSource.literal(object.id)) }")
            printer.blankLine()
            printer.block("public func write(to document: inout Inicis.JSONDocument)") { printer in
                printer.line("let object = document.beginObject()")
                for property in properties {
                    printer.line("document.member(\(SwiftSource.literal(property.field.wireName)), self.\(property.storage))")
                }
                printer.line("document.members(self.unknownFields)")
                printer.line("document.end(object)")
            }
        }
        printer.blankLine()
        let conformances = "CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable"
        printer.block("extension Inicis.\(object.swiftName): \(conformances)") { printer in
            printer.line("public static func == (lhs: Self, rhs: Self) -> Bool { lhs.wireFormEquals(rhs) }")
            printer.line("public func hash(into hasher: inout Hasher) { hashWireForm(into: &hasher) }")
            printer.line("public var description: String { redactedDescription }")
            printer.line("public var debugDescription: String { redactedDescription }")
            printer.line("public var customMirror: Mirror { redactedMirror }")
        }
    }
}
