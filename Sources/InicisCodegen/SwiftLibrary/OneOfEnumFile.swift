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
        printer.block("extension Inicis.\(object.swiftName): Codable") { printer in
            printer.block("public init(from decoder: any Decoder) throws") { printer in
                printer.line("let container = try Inicis.WireContainer(decoder)")
                printer.line("switch container.onlyKey {")
                for field in alternatives {
                    let key = SwiftSource.literal(field.wireName)
                    printer.line("case \(key)?: self = .\(names.memberName(field))(try container.required(\(key)))")
                }
                printer.line("default: self = .unrecognized(try Inicis.UnknownFields(from: container, known: []))")
                printer.line("}")
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
                printer.line("switch self {")
                for field in alternatives {
                    printer.line("case .\(names.memberName(field))(let value): document.member(\(SwiftSource.literal(field.wireName)), value)")
                }
                printer.line("case .unrecognized(let fields): document.members(fields)")
                printer.line("}")
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
