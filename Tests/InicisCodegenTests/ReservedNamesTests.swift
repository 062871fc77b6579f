import InicisCodegen
import InicisSchema
import Testing

/// `SwiftNaming.reservedTypeNames` keeps schema types from shadowing the types the generated
/// library's runtime declares or uses: a schema type named `JSONValue` or `String` would change
/// what the runtime's code means. The runtime is the part of the output that is the same for
/// every schema, so it is found by generating two different schemas.
@Suite("Reserved names")
struct ReservedNamesTests {
    @Test func everyTypeTheRuntimeNamesIsReserved() {
        let sample = Dictionary(uniqueKeysWithValues: Generator.files(for: SampleSchema.schema).map { ($0.path, $0.contents) })
        let schemaTypes = [SampleSchema.schema, RealSchema.schema].flatMap { schema in
            schema.enums.map(\.swiftName) + schema.objects.map(\.swiftName) + schema.grammars.map(\.swiftName)
        }
        // Files that name a schema's type are that schema's, even when both schemas share the type.
        let runtime = Generator.files(for: RealSchema.schema).filter { file in
            file.path.hasSuffix(".swift") && sample[file.path] == file.contents && !schemaTypes.contains { file.contents.contains($0) }
        }
        #expect(runtime.count > 5, "the runtime files were not found")
        let named = Set(runtime.flatMap { Self.capitalizedIdentifiers(inCode: $0.contents) })
        #expect(named.subtracting(SwiftNaming.reservedTypeNames).sorted() == [])
    }

    /// Identifiers that start with a capital letter, outside comments and string literals.
    static func capitalizedIdentifiers(inCode source: String) -> [String] {
        source.split(separator: "\n").flatMap { line -> [String] in
            guard !line.trimmingPrefix(while: \.isWhitespace).hasPrefix("//") else { return [] }
            let code = line.replacing(/"(\\.|[^"\\])*"/, with: "\"\"").split(separator: "//", maxSplits: 1).first ?? ""
            return code.matches(of: /\b[A-Z][A-Za-z0-9_]*\b/).map { String($0.output) }
        }
    }
}
