import InicisSchema

/// `<Object>+Typed.swift`: the typed parameter sets of one bypass object (`InicisV2Bypass.PC`,
/// `.Mobile`), an initializer that writes them as the object's option strings, and accessors
/// that read them back. PC and mobile are separate types, so a mobile option cannot be put into
/// a PC parameter.
struct TypedBypassFile {
    let object: ObjectType
    let names: SwiftNames
    private let sets: [PlatformParameterSet]

    init(object: ObjectType, names: SwiftNames) {
        self.object = object
        self.names = names
        sets = PlatformParameterSet.sets(of: object)
    }

    private var typeName: String { object.swiftName }

    var file: GeneratedFile {
        SwiftSourceFile.make(path: "Swift/Bypass/\(typeName)+Typed.swift") { printer in
            printer.block("extension Inicis.\(typeName)") { printer in
                for set in sets {
                    printSet(set, into: &printer)
                    printer.blankLine()
                }
                printInitializer(into: &printer)
                for set in sets {
                    printer.blankLine()
                    printAccessor(set, into: &printer)
                }
            }
        }
    }

    private func printSet(_ set: PlatformParameterSet, into printer: inout CodePrinter) {
        printer.line("/// \(KoreanLabels.platform(set.platform)) 결제 모듈이 읽는 파라미터: 옵션은 문자열 대신 타입이 있는 값으로 씁니다.")
        printer.block("public struct \(set.typeName): Hashable, Sendable") { printer in
            for field in set.fields {
                let facts = SwiftModelFacts.facts(of: field, swiftName: field.swiftName, schema: names.schema)
                SwiftDocComment(field.documentation, facts: facts).print(into: &printer)
                printer.line("public var \(names.memberName(field)): \(typedType(field))?")
                printer.blankLine()
            }
            let parameters = set.fields.map { "\(names.memberName($0)): \(typedType($0))? = nil" }
            printer.line("public init(")
            printer.indented { printer in
                for (offset, parameter) in parameters.enumerated() {
                    printer.line(parameter + (offset == parameters.count - 1 ? "" : ","))
                }
            }
            printer.block(")") { printer in
                for field in set.fields {
                    printer.line("self.\(names.memberName(field)) = \(names.memberName(field))")
                }
            }
        }
    }

    /// A grammar field as its enum (or an array of it); other fields keep the model's type.
    private func typedType(_ field: Field) -> String {
        guard let grammar = field.grammar.flatMap(names.schema.grammar) else {
            return names.type(of: field.type)
        }
        let type = "Inicis." + grammar.swiftName
        return field.type == .array(.string) ? "[" + type + "]" : type
    }

    private func printInitializer(into printer: inout CodePrinter) {
        let labels = sets.map { "`" + $0.label + "`" }.joined(separator: ", ")
        printer.line("/// 타입이 있는 플랫폼별 파라미터(\(labels))로 만듭니다. 옵션은 KG이니시스가 읽는 문자열이 됩니다.")
        let parameters = sets.map { $0.label + ": " + $0.typeName + "? = nil" }.joined(separator: ", ")
        printer.block("public init(\(parameters))") { printer in
            let written = object.fields.compactMap { field -> (field: Field, holders: [PlatformParameterSet])? in
                let holders = sets.filter { $0.fields.contains(field) }
                return holders.isEmpty ? nil : (field, holders)
            }
            printer.line("self.init(")
            printer.indented { printer in
                for (offset, (field, holders)) in written.enumerated() {
                    let separator = offset == written.count - 1 ? "" : ","
                    printer.line("\(names.labelName(field)): \(writtenValue(field, holders: holders))\(separator)")
                }
            }
            printer.line(")")
        }
    }

    /// `pc?.acceptMethod?.map(\.rendered)`; a field in several sets takes the first that is set.
    private func writtenValue(_ field: Field, holders: [PlatformParameterSet]) -> String {
        let name = names.memberName(field)
        let sources = holders.map { $0.label + "?." + name }
        let value = sources.count == 1 ? sources[0] : "(" + sources.joined(separator: " ?? ") + ")"
        guard field.grammar != nil else { return value }
        return field.type == .array(.string) ? value + "?.map(\\.rendered)" : value + "?.rendered"
    }

    private func printAccessor(_ set: PlatformParameterSet, into printer: inout CodePrinter) {
        printer.line("/// \(KoreanLabels.platform(set.platform))용 파라미터를 타입으로 읽습니다. 문법에 맞지 않는 옵션이 있으면 그 키와 위치를 던집니다.")
        printer.block("public var \(accessorName(set)): \(set.typeName)") { printer in
            printer.block("get throws(Inicis.Bypass.FieldError)") { printer in
                printer.line("\(set.typeName)(")
                printer.indented { printer in
                    for (offset, field) in set.fields.enumerated() {
                        let separator = offset == set.fields.count - 1 ? "" : ","
                        let name = names.memberName(field)
                        let label = names.labelName(field)
                        if field.grammar == nil {
                            printer.line("\(label): \(name)\(separator)")
                        } else {
                            printer.line("\(label): try Inicis.Bypass.FieldError.parse(\(name), key: \(SwiftSource.literal(field.wireName)))\(separator)")
                        }
                    }
                }
                printer.line(")")
            }
        }
    }

    /// `pc`, unless the object has a field of that name: then `typedPC` (`typedTypedPC`, …: the
    /// first name no field has).
    private func accessorName(_ set: PlatformParameterSet) -> String {
        var name = set.label
        var typed = "typed" + set.typeName
        while object.fields.contains(where: { $0.swiftName == name }) {
            name = typed
            typed = "typed" + typed.prefix(1).uppercased() + typed.dropFirst()
        }
        return name
    }
}
