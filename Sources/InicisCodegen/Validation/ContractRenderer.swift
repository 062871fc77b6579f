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
        SwiftFile.make(path: "Swift/Validation/InicisContract.swift") { writer in
            writer.line("/// 이니시스와 맺은 별도 계약. 검증할 때 맺은 계약을 알려 주면, 그 계약이 필요한 기능은 경고하지 않습니다.")
            writer.line("///")
            writer.line("/// 스키마의 계약마다 정적 멤버가 있습니다. 아이디는 CLI의 " + CodeSpan.render("--contract") + " 값입니다.")
            writer.block("public struct InicisContract: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible") { writer in
                let example = schema.contracts.first.map { " (예: " + CodeSpan.render($0.id) + ")" } ?? ""
                writer.lines(DocComment.render([.paragraph("계약 아이디" + example)]))
                writer.line("public let rawValue: String")
                writer.line()
                writer.block("public init(rawValue: String)") { writer in
                    writer.line("self.rawValue = rawValue")
                }
                for contract in schema.contracts {
                    writer.line()
                    writer.lines(DocComment.render([.paragraph(contract.name), .paragraph(contract.documentation.description ?? "")]))
                    writer.line("public static let \(Self.memberName(contract)) = InicisContract(rawValue: \(SwiftStringLiteral.render(contract.id)))")
                }
                writer.line()
                writer.line("/// 스키마의 모든 계약, 스키마 순서대로")
                writer.line("public static let allCases: [InicisContract] = [" + schema.contracts.map { "." + Self.memberName($0) }.joined(separator: ", ") + "]")
                writer.line()
                writer.line("/// 가이드의 기능 이름; 스키마에 없는 계약이면 " + CodeSpan.render("nil"))
                writer.block("public var name: String?") { writer in
                    writer.switchBlock("rawValue") { writer in
                        for contract in schema.contracts {
                            writer.line("case \(SwiftStringLiteral.render(contract.id)): return \(SwiftStringLiteral.render(contract.name))")
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
}
