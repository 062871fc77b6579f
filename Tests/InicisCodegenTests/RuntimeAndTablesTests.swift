import Foundation
@_spi(InicisCodegen) @testable import InicisCodegen
@_spi(InicisCodegen) import InicisRuntime
import InicisSchema
import Testing

/// The generated library runs on the `InicisRuntime` module and carries the schema's tables as
/// data; the tables it decodes are the tables the CLI builds from the same schema.
@Suite("Runtime and tables")
struct RuntimeAndTablesTests {
    @Test func theLibraryImportsTheRuntimeAndCarriesNoCopyOfIt() {
        let output = GeneratedOutput(RealSchema.schema)
        let swift = output.files.filter { $0.path.hasPrefix("Swift/") }
        #expect(!swift.contains { $0.path.hasPrefix("Swift/Runtime/") })
        #expect(swift.allSatisfy { $0.contents.contains("\nimport InicisRuntime\n") || $0.contents.contains("@_spi(InicisCodegen) import InicisRuntime\n") }, "a generated file without the runtime's import")
        #expect(output["Swift/Support/InicisRuntime+Export.swift"].contains("@_exported import InicisRuntime\n"))
    }

    @Test func theLibrarysTablesAreTheTablesTheCLIBuilds() throws {
        let file = GeneratedOutput(RealSchema.schema)["Swift/Support/GeneratedTables.swift"]
        // The literal's lines, less the indentation of its closing delimiter (as Swift reads them).
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
        let open = try #require(lines.firstIndex { $0.hasSuffix("#\"\"\"") })
        let close = try #require(lines.lastIndex { $0.trimmingPrefix(while: { $0 == " " }).hasPrefix("\"\"\"#") })
        let indentation = lines[close].prefix { $0 == " " }.count
        let json = lines[(open + 1)..<close].map { $0.dropFirst(indentation) }.joined(separator: "\n")
        let decoded = try JSONDecoder().decode(Inicis.SchemaTables.self, from: Data(json.utf8))
        #expect(try Self.text(decoded) == Self.text(SchemaTablesBuilder.tables(for: RealSchema.schema)))
        _ = try Inicis.RequestCatalog(decoded)
    }

    /// Tables compare by their JSON: they are data, and carry no `Equatable` of their own.
    private static func text(_ tables: Inicis.SchemaTables) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(tables), as: UTF8.self)
    }

    @Test func theTablesKeepEveryRuleMessageAndSensitivity() {
        let tables = SchemaTablesBuilder.tables(for: RealSchema.schema)
        let rules = RealSchema.schema.objects.flatMap(\.rules) + RealSchema.schema.operations.flatMap(\.rules)
        let tableRules = tables.objects.flatMap { $0.rules ?? [] } + tables.operations.flatMap { $0.rules ?? [] }
        #expect(tableRules.map(\.id) == rules.map(\.id))
        #expect(tableRules.map(\.message) == rules.map { $0.message ?? $0.source })
        let personal = tables.objects.flatMap(\.fields).filter { $0.sensitivity == .personal }.map(\.name)
        #expect(personal.contains("fullName") && personal.contains("email") && personal.contains("phoneNumber"))
        let credentials = tables.objects.flatMap(\.fields).filter { $0.sensitivity == .credential }.map(\.name)
        #expect(credentials.contains("number") && credentials.contains("passwordTwoDigits") && credentials.contains("birthYear"))
    }
}
