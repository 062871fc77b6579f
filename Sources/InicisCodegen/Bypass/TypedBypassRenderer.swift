import InicisSchema

/// `<Object>+Typed.swift`: the typed parameter sets of one bypass object, an initializer that
/// writes them as the object's option strings, and accessors that read them back.
struct TypedBypassRenderer {
    let object: ObjectType
    let schema: Schema
    /// Worked out once: the file walks the sets several times.
    private let sets: [PlatformParameterSet]

    init(object: ObjectType, schema: Schema) {
        self.object = object
        self.schema = schema
        sets = PlatformParameterSet.sets(of: object)
    }

    private var typeName: String { object.swiftName }

    func file() -> GeneratedFile {
        GeneratedFile.bypass(typeName + "+Typed") { writer in
            writer.block("extension ", typeName) { writer in
                for set in sets {
                    renderSet(set, into: &writer)
                    writer.line()
                }
                renderInitializer(into: &writer)
                for set in sets {
                    writer.line()
                    renderAccessor(set, into: &writer)
                }
            }
        }
    }

    // MARK: The sets

    private func renderSet(_ set: PlatformParameterSet, into writer: inout CodeWriter) {
        writer.line("/// ", KoreanLabels.platform(set.platform), " 결제 모듈이 읽는 파라미터: 옵션은 문자열 대신 타입이 있는 값으로 씁니다.")
        writer.block("public struct ", set.typeName, ": Hashable, Sendable") { writer in
            let names = set.fields.map { SwiftIdentifier.escaped($0.swiftName) }
            let types = set.fields.map(typedType)
            for index in set.fields.indices {
                FieldDocumentation.write(for: set.fields[index], in: schema, into: &writer)
                writer.line("public var ", names[index], ": ", types[index], "?")
                writer.line()
            }
            writer.line("public init(")
            writer.indented { writer in
                for index in names.indices {
                    writer.line(names[index], ": ", types[index], "? = nil", index == names.count - 1 ? "" : ",")
                }
            }
            writer.block(")") { writer in
                for name in names {
                    writer.line("self.", name, " = ", name)
                }
            }
        }
    }

    /// A grammar field as its enum (or an array of it); other fields keep the model's type.
    private func typedType(_ field: Field) -> String {
        guard let grammar = field.grammar.flatMap(schema.grammar) else {
            return SwiftTypeName.of(field.type, in: schema)
        }
        return field.type == .array(.string) ? "[" + grammar.swiftName + "]" : grammar.swiftName
    }

    // MARK: Typed → strings

    private func renderInitializer(into writer: inout CodeWriter) {
        let labels = sets.map { "`" + $0.label + "`" }.joined(separator: ", ")
        writer.line("/// 타입이 있는 플랫폼별 파라미터(", labels, ")로 만듭니다. 옵션은 이니시스가 읽는 문자열이 됩니다.")
        let parameters = sets.map { $0.label + ": " + $0.typeName + "? = nil" }.joined(separator: ", ")
        writer.block("public init(", parameters, ")") { writer in
            // Each field of a set, in the object's order, with the sets that hold it.
            let written = object.fields.compactMap { field -> (field: Field, holders: [PlatformParameterSet])? in
                let holders = sets.filter { $0.fields.contains(field) }
                return holders.isEmpty ? nil : (field, holders)
            }
            writer.line("self.init(")
            writer.indented { writer in
                for (index, (field, holders)) in written.enumerated() {
                    let separator = index == written.count - 1 ? "" : ","
                    writer.line(SwiftIdentifier.escaped(field.swiftName), ": ", writtenValue(field, holders: holders), separator)
                }
            }
            writer.line(")")
        }
    }

    /// `pc?.acceptMethod?.map(\.rendered)`; a field in several sets takes the first that is set.
    private func writtenValue(_ field: Field, holders: [PlatformParameterSet]) -> String {
        let name = SwiftIdentifier.escaped(field.swiftName)
        let sources = holders.map { $0.label + "?." + name }
        let value = sources.count == 1 ? sources[0] : "(" + sources.joined(separator: " ?? ") + ")"
        guard field.grammar != nil else { return value }
        return field.type == .array(.string) ? value + "?.map(\\.rendered)" : value + "?.rendered"
    }

    // MARK: Strings → typed

    private func renderAccessor(_ set: PlatformParameterSet, into writer: inout CodeWriter) {
        writer.line("/// ", KoreanLabels.platform(set.platform), "용 파라미터를 타입으로 읽습니다. 문법에 맞지 않는 옵션이 있으면 그 키와 위치를 던집니다.")
        writer.block("public var ", accessorName(set), ": ", set.typeName) { writer in
            writer.block("get throws(BypassFieldError)") { writer in
                writer.line(set.typeName, "(")
                writer.indented { writer in
                    for (index, field) in set.fields.enumerated() {
                        let separator = index == set.fields.count - 1 ? "" : ","
                        renderReadArgument(field, separator: separator, into: &writer)
                    }
                }
                writer.line(")")
            }
        }
    }

    /// `name: name`, or the grammar field parsed: `name: try BypassFieldError.parse(name, key: "KEY")`.
    private func renderReadArgument(_ field: Field, separator: String, into writer: inout CodeWriter) {
        let name = SwiftIdentifier.escaped(field.swiftName)
        if field.grammar == nil {
            writer.line(name, ": ", name, separator)
        } else {
            writer.line(name, ": try BypassFieldError.parse(", name, ", key: ", SwiftStringLiteral.Piece(field.wireName), ")", separator)
        }
    }

    /// `pc`, unless the object has a field of that name: then `typedPC`.
    private func accessorName(_ set: PlatformParameterSet) -> String {
        object.fields.contains { $0.swiftName == set.label } ? "typed" + set.typeName : set.label
    }
}
