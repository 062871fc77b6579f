import InicisSchema

/// `Swift/Validation/InicisContract.swift`: the schema's contracts as values an app declares when
/// it validates (`[.vatTaxFree]`). A struct rather than an enum, so that a schema without
/// contracts still gives a type.
struct ContractRenderer {
    let schema: Schema

    /// Names the struct already uses for itself.
    private static let reservedMembers: Set<String> = ["allCases", "rawValue", "name", "description", "init", "self", "Type"]

    static func memberName(_ contract: Contract) -> String {
        let upper = Naming.upperCamel(contract.id)
        let name = upper.prefix(1).lowercased() + upper.dropFirst()
        return reservedMembers.contains(name) ? name + "Contract" : SwiftIdentifier.escaped(name)
    }

    func file() -> GeneratedFile {
        // Worked out once: each contract's member is declared and listed in `allCases`.
        let memberNames = schema.contracts.map(Self.memberName)
        return SwiftFile.make(path: "Swift/Validation/InicisContract.swift") { writer in
            writer.line("/// 이니시스와 맺은 별도 계약. 검증할 때 맺은 계약을 알려 주면, 그 계약이 필요한 기능은 경고하지 않습니다.")
            writer.line("///")
            writer.line("/// 스키마의 계약마다 정적 멤버가 있습니다. 아이디는 CLI의 ", CodeSpan.Piece("--contract"), " 값입니다.")
            writer.block("public struct InicisContract: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible") { writer in
                let example = schema.contracts.first.map { " (예: " + CodeSpan.render($0.id) + ")" } ?? ""
                var rawValueComment = DocCommentWriter()
                rawValueComment.paragraph("계약 아이디" + example, into: &writer)
                writer.line("public let rawValue: String")
                writer.line()
                writer.block("public init(rawValue: String)") { writer in
                    writer.line("self.rawValue = rawValue")
                }
                for index in schema.contracts.indices {
                    writer.line()
                    renderMember(schema.contracts[index], named: memberNames[index], into: &writer)
                }
                writer.line()
                writer.line("/// 스키마의 모든 계약, 스키마 순서대로")
                writer.writeLine { line in
                    line.write("public static let allCases: [InicisContract] = [")
                    var separator = ListSeparator()
                    for name in memberNames {
                        separator.write(to: &line)
                        line.write(".")
                        line.write(name)
                    }
                    line.write("]")
                }
                writer.line()
                writer.line("/// 가이드의 기능 이름; 스키마에 없는 계약이면 ", CodeSpan.Piece("nil"))
                writer.block("public var name: String?") { writer in
                    writer.switchBlock("rawValue") { writer in
                        for index in schema.contracts.indices {
                            let contract = schema.contracts[index]
                            writer.line("case ", SwiftStringLiteral.Piece(contract.id), ": return ", SwiftStringLiteral.Piece(contract.name))
                        }
                        writer.line("default: return nil")
                    }
                }
                writer.line()
                writer.line("public var description: String { rawValue }")
                writer.line()
                writer.block("public init(from decoder: any Decoder) throws") { writer in
                    writer.line("self.init(rawValue: try decoder.singleValueContainer().decode(String.self))")
                }
                writer.line()
                writer.block("public func encode(to encoder: any Encoder) throws") { writer in
                    writer.line("var container = encoder.singleValueContainer()")
                    writer.line("try container.encode(rawValue)")
                }
            }
        }
    }

    /// The contract's name and description as its comment, then its static member.
    private func renderMember(_ contract: Contract, named name: String, into writer: inout CodeWriter) {
        var comment = DocCommentWriter()
        comment.paragraph(contract.name, into: &writer)
        comment.paragraph(contract.documentation.description, into: &writer)
        writer.line("public static let ", name, " = InicisContract(rawValue: ", SwiftStringLiteral.Piece(contract.id), ")")
    }
}
