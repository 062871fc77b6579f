import InicisSchema

/// An object of shape `structure` as a public struct whose only stored property is its wire
/// object: each field is a computed property that reads and writes its JSON key, `unknownFields`
/// holds the keys the schema does not know, and decoding, encoding, equality and the redacted
/// `description` and `dump` are the runtime's. The struct is small for the compiler (no
/// per-field decoder, encoder, copy or comparison code), and drops nothing it decoded.
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
        /// Set when the field has no effect anywhere.
        let deprecation: String?

        var declaredType: String { isRequired ? type : type + "?" }
        var key: String { SwiftSource.literal(field.wireName) }
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
                printer.block("public var unknownFields: Inicis.UnknownFields") { printer in
                    printer.line("get { self.wireObject.unknownFields }")
                    printer.line("set { self.wireObject.unknownFields = newValue }")
                }
                printer.blankLine()
                printer.line("/// 모델의 JSON 객체: 위의 속성은 모두 이 객체의 키를 읽고 씁니다.")
                printer.line("@_spi(InicisCodegen) public private(set) var wireObject: Inicis.WireObject")
                printer.blankLine()
                printInitializer(into: &printer)
            }
        }
    }

    // Properties are read and written through `self.`: a JSON key may be named like a parameter
    // (`decoder`, `encoder`), which would shadow it.
    private func printProperty(_ property: Property, into printer: inout CodePrinter) {
        let facts = SwiftModelFacts.facts(of: property.field, swiftName: property.name, schema: names.schema)
        SwiftDocComment(property.field.documentation, facts: facts).print(into: &printer)
        if let deprecation = property.deprecation {
            printer.line(SwiftModelFacts.attribute(deprecation))
        }
        printer.block("public var \(property.name): \(property.declaredType)") { printer in
            printer.line("get { self.wireObject.\(property.isRequired ? "required" : "optional")(\(property.key)) }")
            printer.line("set { self.wireObject.set(\(property.key), newValue) }")
        }
    }

    // The initializer sets keys from its parameters, never through the properties, so a
    // deprecated property does not make the library warn.
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
            printer.line("self.wireObject = Self.newWireObject(unknownFields: unknownFields)")
            for property in properties {
                printer.line("self.wireObject.set(\(property.key), \(property.name))")
            }
        }
    }

    private func printCodable(into printer: inout CodePrinter) {
        ModelConformances.printCodable(of: object.swiftName, decoding: "self.init(wireObject: try Self.decodeWireObject(from: decoder))", into: &printer)
    }

    private func printModel(into printer: inout CodePrinter) {
        // The runtime's model protocol is SPI: apps see the conformances below, not this one.
        printer.block("@_spi(InicisCodegen) extension Inicis.\(object.swiftName): Inicis.GeneratedStruct") { printer in
            printer.line("public static var schemaObjectID: String { \(SwiftSource.literal(object.id)) }")
            printer.blankLine()
            printer.line("public init(wireObject: Inicis.WireObject) { self.wireObject = wireObject }")
        }
        printer.blankLine()
        // Hashable is synthesized: the wire object is the only stored property.
        ModelConformances.printDescriptions(of: object.swiftName, equalityByWireForm: false, into: &printer)
    }
}
