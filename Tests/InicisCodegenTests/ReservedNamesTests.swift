import Foundation
import InicisCodegen
import InicisSchema
import Testing

/// `SwiftNaming.reservedTypeNames` keeps schema types from shadowing the types the runtime
/// declares or uses: generated types live in `extension Inicis` beside the runtime's, so a schema
/// type named `JSON` or `String` would collide with `Inicis.JSON` or change what `String` means
/// inside the namespace.
@Suite("Reserved names")
struct ReservedNamesTests {
    @Test func everyTypeTheRuntimeNamesIsReserved() throws {
        let folder = RealSchema.packageRoot.appendingPathComponent("Sources/InicisRuntime")
        let sources = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(sources.count > 5, "the runtime's sources were not found")
        let named = try Set(sources.flatMap { name in
            Self.capitalizedIdentifiers(inCode: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        })
        #expect(named.subtracting(SwiftNaming.reservedTypeNames).sorted() == [])
    }

    /// SwiftPM compiles the files of a target by base name: a schema type named like a file the
    /// generator writes for every schema (`Support/GeneratedTables.swift`) would give the target
    /// two files of one name, and the library two types of one name.
    @Test func everyFileTheGeneratorAlwaysWritesHasAReservedName() {
        let samplePaths = Set(TestGenerator.files(for: SampleSchema.schema).map(\.path))
        let schemaNames = Set([SampleSchema.schema, RealSchema.schema].flatMap { schema in
            schema.enums.map(\.swiftName) + schema.objects.map(\.swiftName) + schema.grammars.map(\.swiftName) + schema.operations.map(\.swiftTypeName)
        })
        let always = TestGenerator.files(for: RealSchema.schema).map(\.path).filter { samplePaths.contains($0) && $0.hasSuffix(".swift") }
        let baseNames = always.map { String($0.split(separator: "/").last!.dropLast(".swift".count)) }
            .filter { SwiftIdentifier.isValid($0) && !schemaNames.contains($0) }
        // The runtime is a module of its own: the library's own always-written file is its tables.
        #expect(baseNames.contains("GeneratedTables"), "the files every schema gets were not found: \(baseNames)")
        #expect(Set(baseNames).subtracting(SwiftNaming.reservedTypeNames).sorted() == [])
    }

    /// Identifiers that start with a capital letter, outside comments, string literals and SPI
    /// names (`@_spi(InicisCodegen)` names no type), except generic parameters
    /// (`<Value: WireValue>`): inside their declaration they shadow
    /// any type of that name, so a schema type cannot change their meaning.
    static func capitalizedIdentifiers(inCode source: String) -> [String] {
        let code = source.split(separator: "\n").map { line -> Substring in
            guard !line.trimmingPrefix(while: \.isWhitespace).hasPrefix("//") else { return "" }
            return line.replacing(/"(\\.|[^"\\])*"/, with: "\"\"").split(separator: "//", maxSplits: 1).first ?? ""
        }.joined(separator: "\n").replacing(/@_spi\(\w+\)/, with: "")
        let genericParameters = Set(code.matches(of: /(?:func \w+|init|struct \w+|enum \w+|class \w+)<(\w+)/).map { String($0.output.1) })
        return code.matches(of: /\b[A-Z][A-Za-z0-9_]*\b/).map { String($0.output) }.filter { !genericParameters.contains($0) }
    }
}
