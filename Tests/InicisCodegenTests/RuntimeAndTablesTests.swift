import Foundation
@_spi(InicisCodegen) @testable import InicisCodegen
@_spi(InicisCodegen) import InicisRuntime
import InicisSchema
import Testing

/// The generated library gets the runtime and the tables by one mechanism each, and both agree
/// with their sources: the runtime copies are `Sources/InicisRuntime` byte for byte (after a
/// header naming the file to edit), and the tables the library decodes are the tables the CLI
/// builds from the same schema.
@Suite("Runtime copies and tables")
struct RuntimeAndTablesTests {
    private static let runtimeFolder = RealSchema.packageRoot.appendingPathComponent("Sources/InicisRuntime")

    @Test func everyRuntimeFileIsCopiedWithAHeaderThatNamesIt() throws {
        let output = GeneratedOutput(RealSchema.schema)
        let copies = output.files.filter { $0.path.hasPrefix("Swift/Runtime/") }
        var sources: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.runtimeFolder.path) where name.hasSuffix(".swift") {
            sources[name] = try String(contentsOf: Self.runtimeFolder.appendingPathComponent(name), encoding: .utf8)
        }
        #expect(Set(copies.map { String($0.path.dropFirst("Swift/Runtime/".count)) }) == Set(sources.keys))
        for copy in copies {
            let relative = String(copy.path.dropFirst("Swift/Runtime/".count))
            let header = "// Copied from Sources/InicisRuntime/\(relative) by inicis-codegen. DO NOT EDIT: edit that file and regenerate.\n\n"
            #expect(copy.contents == header + (sources[relative] ?? ""), "\(copy.path)")
        }
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
