import InicisSchema

/// `Swift/Validation/ValidationCatalog.swift`: every object and enum table in schema order, so
/// that tables refer to each other by index (an object may contain itself).
struct ValidationCatalogRenderer {
    let schema: Schema

    func file() -> GeneratedFile {
        SwiftFile.make(path: "Swift/Validation/ValidationCatalog.swift") { writer in
            writer.line("import Foundation")
            writer.line()
            writer.line("/// The validator's tables, built once. ", CodeSpan.Piece("ValueSpec"), " refers to them by index.")
            writer.block("enum ValidationCatalog") { writer in
                renderList("static let objects: [ObjectSpec]", schema.objects.map(\.swiftName), into: &writer)
                writer.line()
                renderList("static let enums: [EnumSpec]", schema.enums.map(\.swiftName), into: &writer)
                writer.line()
                writer.line("/// Every issue of ", CodeSpan.Piece("request"), " as the request of ", CodeSpan.Piece("operation"), ", sorted by path.")
                writer.block("static func validate(_ request: JSONDocument, as operation: OperationSpec, platform: Platform, contracts: Set<InicisContract>, now: Date) -> [ValidationIssue]") { writer in
                    writer.line("RequestValidator(request, objects: objects, enums: enums, platform: platform, contracts: contracts, now: now).validate(as: operation)")
                }
                writer.line()
                renderOptionCheck(into: &writer)
            }
        }
    }

    /// One bypass option, read by the bypass builders' own parser (one implementation). A schema
    /// without grammars has no such parser, and no field can name one.
    private func renderOptionCheck(into writer: inout CodeWriter) {
        writer.line("/// One bypass option string against its grammar, by the bypass builders' parser.")
        writer.block("static func checkOption(_ option: String, grammar: String) -> OptionCheck") { writer in
            guard !schema.grammars.isEmpty else {
                writer.line(".valid(contract: nil)")
                return
            }
            writer.switchBlock("BypassGrammarCatalog.check(grammarID: grammar, option: option)") { writer in
                writer.line("case .success(let contract): .valid(contract: contract)")
                writer.line("case .failure(let error): .invalid(offset: error.offset, message: error.message)")
            }
        }
    }

    /// `declaration = [`, one table per line in schema order (a comment gives its index), `]`.
    private func renderList(_ declaration: String, _ typeNames: [String], into writer: inout CodeWriter) {
        guard !typeNames.isEmpty else {
            writer.line(declaration, " = []")
            return
        }
        writer.line(declaration, " = [")
        writer.indented { writer in
            for (index, name) in typeNames.enumerated() {
                writer.line(name, ".validationSpec, // ", index)
            }
        }
        writer.line("]")
    }
}
