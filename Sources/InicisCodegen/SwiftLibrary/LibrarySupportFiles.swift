@_spi(InicisCodegen) import InicisRuntime
import Foundation
import InicisSchema

/// The files that hold the schema as a whole: the tables the runtime reads, and the contracts.
enum LibrarySupportFiles {
    /// `Inicis.GeneratedTables`: the schema's tables as JSON text, decoded once on first use. Data
    /// rather than code, so that the compiler reads a string instead of type-checking and
    /// optimising thousands of nested literals. The text is a file-scope literal, so that its
    /// lines are written as they are, not indented.
    static func tables(_ tables: Inicis.SchemaTables) -> GeneratedFile {
        SwiftSourceFile.make(path: "Swift/Support/GeneratedTables.swift", imports: ["Foundation"]) { printer in
            printer.block("extension Inicis") { printer in
                printer.line("/// 스키마의 표(객체, 필드, 규칙, 열거형, 옵션 문법): 처음 쓸 때 한 번 읽습니다.")
                printer.block("enum GeneratedTables") { printer in
                    printer.line("static let catalog: Inicis.RequestCatalog = {")
                    printer.line("    do {")
                    printer.line("        return try Inicis.RequestCatalog(JSONDecoder().decode(Inicis.SchemaTables.self, from: Data(tablesJSON.utf8)))")
                    printer.line("    } catch {")
                    printer.line("        preconditionFailure(\"the generated tables do not decode: \\(error)\")")
                    printer.line("    }")
                    printer.line("}()")
                }
            }
            printer.blankLine()
            printer.block("extension Inicis.GeneratedModel") { printer in
                printer.line("@_spi(InicisCodegen) public static var catalog: Inicis.RequestCatalog { Inicis.GeneratedTables.catalog }")
            }
            printer.blankLine()
            printer.verbatim("private let tablesJSON = " + SwiftSource.rawMultilineLiteral(json(tables)))
        }
    }

    /// An app imports the library alone and finds the runtime's types (`Inicis.ValidationIssue`,
    /// `Inicis.Platform`, …) beside the generated ones.
    static let runtimeExport = SwiftSourceFile.make(path: "Swift/Support/InicisRuntime+Export.swift") { printer in
        printer.line("@_exported import InicisRuntime")
    }

    /// Pretty and sorted: a schema change reads as a small diff of this file.
    static func json(_ tables: Inicis.SchemaTables) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, arrays and records cannot fail.
        return String(decoding: try! encoder.encode(tables), as: UTF8.self)
    }

    static func contracts(_ schema: Schema, names: SwiftNames) -> GeneratedFile {
        SwiftSourceFile.make(path: "Swift/Support/Inicis.Contract+Schema.swift") { printer in
            printer.block("extension Inicis.Contract") { printer in
                let all = schema.contracts.map { "." + names.contractName($0) }.joined(separator: ", ")
                printer.line("/// 스키마가 아는 모든 계약, 스키마 순서대로")
                printer.line("public static var allKnown: [Inicis.Contract] { [\(all)] }")
                printer.blankLine()
                for (offset, contract) in schema.contracts.enumerated() {
                    if offset > 0 { printer.blankLine() }
                    SwiftDocComment(Documentation(summary: contract.name), facts: ["계약 아이디: " + CodeSpan.render(contract.id)]).print(into: &printer)
                    printer.line("public static var \(names.contractName(contract)): Inicis.Contract { Inicis.Contract(rawValue: \(SwiftSource.literal(contract.id))) }")
                }
            }
        }
    }
}
