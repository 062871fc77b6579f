import InicisSchema

/// `<Object>+Typed.swift`: the typed parameter sets of one bypass object, an initializer that
/// writes them as the object's option strings, and accessors that read them back.
struct TypedBypassRenderer {
    let object: ObjectType
    let schema: Schema

    private var sets: [PlatformParameterSet] { PlatformParameterSet.sets(of: object) }
    private var typeName: String { object.swiftName }

    func file() -> GeneratedFile {
        GeneratedFile.bypass("\(typeName)+Typed") { writer in
            writer.block("extension \(typeName)") { writer in
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
        let platform = KoreanLabels.platform(set.platform)
        writer.line("/// \(platform) 결제 모듈이 읽는 파라미터: 옵션은 문자열 대신 타입이 있는 값으로 씁니다.")
        writer.block("public struct \(set.typeName): Hashable, Sendable") { writer in
            for field in set.fields {
                FieldDocumentation.write(for: field, in: schema, into: &writer)
                writer.line("public var \(SwiftIdentifier.escaped(field.swiftName)): \(typedType(field))?")
                writer.line()
            }
            let parameters = set.fields.map { "\(SwiftIdentifier.escaped($0.swiftName)): \(typedType($0))? = nil" }
            writer.line("public init(")
            writer.indented { writer in
                for (index, parameter) in parameters.enumerated() {
                    writer.line(parameter + (index == parameters.count - 1 ? "" : ","))
                }
            }
            writer.block(")") { writer in
                for field in set.fields {
                    let name = SwiftIdentifier.escaped(field.swiftName)
                    writer.line("self.\(name) = \(name)")
                }
            }
        }
    }

    /// A grammar field as its enum (or an array of it); other fields keep the model's type.
    private func typedType(_ field: Field) -> String {
        guard let grammar = field.grammar.flatMap(schema.grammar) else {
            return SwiftTypeName.of(field.type, in: schema)
        }
        return field.type == .array(.string) ? "[\(grammar.swiftName)]" : grammar.swiftName
    }

    // MARK: Typed → strings

    private func renderInitializer(into writer: inout CodeWriter) {
        let labels = sets.map { "`\($0.label)`" }.joined(separator: ", ")
        writer.line("/// 타입이 있는 플랫폼별 파라미터(\(labels))로 만듭니다. 옵션은 이니시스가 읽는 문자열이 됩니다.")
        let parameters = sets.map { "\($0.label): \($0.typeName)? = nil" }.joined(separator: ", ")
        writer.block("public init(\(parameters))") { writer in
            let fields = object.fields.filter { field in sets.contains { $0.fields.contains(field) } }
            writer.line("self.init(")
            writer.indented { writer in
                for (index, field) in fields.enumerated() {
                    let argument = "\(SwiftIdentifier.escaped(field.swiftName)): \(writtenValue(field))"
                    writer.line(argument + (index == fields.count - 1 ? "" : ","))
                }
            }
            writer.line(")")
        }
    }

    /// `pc?.acceptMethod?.map(\.rendered)`; a field in several sets takes the first that is set.
    private func writtenValue(_ field: Field) -> String {
        let name = SwiftIdentifier.escaped(field.swiftName)
        let sources = sets.filter { $0.fields.contains(field) }.map { "\($0.label)?.\(name)" }
        let value = sources.count == 1 ? sources[0] : "(" + sources.joined(separator: " ?? ") + ")"
        guard field.grammar != nil else { return value }
        return field.type == .array(.string) ? value + "?.map(\\.rendered)" : value + "?.rendered"
    }

    // MARK: Strings → typed

    private func renderAccessor(_ set: PlatformParameterSet, into writer: inout CodeWriter) {
        writer.line("/// \(KoreanLabels.platform(set.platform))용 파라미터를 타입으로 읽습니다. 문법에 맞지 않는 옵션이 있으면 그 키와 위치를 던집니다.")
        writer.block("public var \(accessorName(set)): \(set.typeName)") { writer in
            writer.block("get throws(BypassFieldError)") { writer in
                writer.line("\(set.typeName)(")
                writer.indented { writer in
                    for (index, field) in set.fields.enumerated() {
                        let argument = "\(SwiftIdentifier.escaped(field.swiftName)): \(readValue(field))"
                        writer.line(argument + (index == set.fields.count - 1 ? "" : ","))
                    }
                }
                writer.line(")")
            }
        }
    }

    private func readValue(_ field: Field) -> String {
        let name = SwiftIdentifier.escaped(field.swiftName)
        guard field.grammar != nil else { return name }
        return "try BypassFieldError.parse(\(name), key: \(SwiftStringLiteral.render(field.wireName)))"
    }

    /// `pc`, unless the object has a field of that name: then `typedPC`.
    private func accessorName(_ set: PlatformParameterSet) -> String {
        let taken = Set(object.fields.map(\.swiftName))
        return taken.contains(set.label) ? "typed" + set.typeName : set.label
    }
}
