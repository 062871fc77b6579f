import InicisSchema

/// An object of shape `one-of` (exactly one of its fields is present) as a public enum with a case
/// per field, so that a combination PortOne rejects does not compile. An object that does not hold
/// exactly one known field decodes to `unrecognized`, kept as it was for validation to report.
struct OneOfEnumFile {
    let object: ObjectType
    let names: SwiftNames

    private var alternatives: [Field] {
        object.fields.filter { !$0.isRemovedFromWire }
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
        let list = alternatives.map { CodeSpan.render($0.wireName) }.joined(separator: ", ")
        comment.item("JSON에서는 \(list) 중 정확히 하나의 키만 있는 객체입니다.")
        printer.block("extension Inicis") { printer in
            comment.print(into: &printer)
            printer.block("public enum \(object.swiftName): Hashable, Sendable") { printer in
                for field in alternatives {
                    // Not deprecated even when Inicis ignores it: the library's own switches name
                    // every case, and a deprecated case would make the library warn.
                    var facts = SwiftModelFacts.facts(of: field, swiftName: names.plainMemberName(field), schema: names.schema)
                    if let deprecation = SwiftModelFacts.deprecation(of: field) { facts.insert("주의: " + deprecation, at: 0) }
                    SwiftDocComment(field.documentation, facts: facts).print(into: &printer)
                    printer.line("case \(names.memberName(field))(\(names.type(of: field.type)))")
                    printer.blankLine()
                }
                printer.line("/// 알려진 키가 정확히 하나만 있지 않은 객체: 받은 그대로 보존되고, 검증이 `one-of` 오류로 알려 줍니다.")
                printer.line("case unrecognized(Inicis.UnknownFields)")
            }
        }
    }

    private func printCodable(into printer: inout CodePrinter) {
        ModelConformances.printCodable(of: object.swiftName, decoding: "self.init(members: try Self.decodeMembers(from: decoder))", into: &printer)
    }

    private func printModel(into printer: inout CodePrinter) {
        // The runtime's model protocol is SPI: apps see the conformances below, not this one.
        printer.block("@_spi(InicisCodegen) extension Inicis.\(object.swiftName): Inicis.GeneratedModel") { printer in
            printer.line("public static var schemaObjectID: String { \(SwiftSource.literal(object.id)) }")
            printer.blankLine()
            printer.block("public init?(wire: Inicis.JSON)") { printer in
                printer.line("guard case .object(let members) = wire else { return nil }")
                printer.line("self.init(members: members)")
            }
            printer.blankLine()
            printInitFromMembers(into: &printer)
            printer.blankLine()
            printer.block("public var wireJSON: Inicis.JSON") { printer in
                printer.line("switch self {")
                for field in alternatives {
                    printer.line("case .\(names.memberName(field))(let value): .object([Inicis.JSON.Member(\(SwiftSource.literal(field.wireName)), value.wireJSON)])")
                }
                printer.line("case .unrecognized(let fields): .object(fields.members)")
                printer.line("}")
            }
        }
        printer.blankLine()
        // A case built by hand may hold what `unrecognized` holds for the same JSON.
        ModelConformances.printDescriptions(of: object.swiftName, equalityByWireForm: true, into: &printer)
    }

    /// The case of an object's members: its one known key, when its value has the case's type.
    private func printInitFromMembers(into printer: inout CodePrinter) {
        printer.block("init(members: [Inicis.JSON.Member])") { printer in
            printer.line("switch members.count == 1 ? members[0].key : nil {")
            for field in alternatives {
                let type = names.type(of: field.type)
                printer.line("case \(SwiftSource.literal(field.wireName))?:")
                printer.indented { printer in
                    printer.line("if let value = \(type)(wire: members[0].value) { self = .\(names.memberName(field))(value); return }")
                }
            }
            printer.line("default: break")
            printer.line("}")
            printer.line("self = .unrecognized(Inicis.UnknownFields(members))")
        }
    }
}
