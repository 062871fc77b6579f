@testable import InicisCodegen
import InicisSchema
import Testing

@Suite("Determinism and file hygiene")
struct DeterminismTests {
    @Test func sameSchemaGivesIdenticalOutput() {
        #expect(TestGenerator.files(for: SampleSchema.schema) == TestGenerator.files(for: SampleSchema.schema))
    }

    @Test func filesAreSortedByPathAndUnique() {
        let paths = TestGenerator.files(for: SampleSchema.schema).map(\.path)
        #expect(paths == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(Set(paths).count == paths.count)
        #expect(paths.contains("Docs/README.md"))
    }

    @Test func everyFileEndsWithExactlyOneNewlineAndUsesLF() {
        for file in TestGenerator.files(for: SampleSchema.schema) {
            #expect(file.contents.hasSuffix("\n") && !file.contents.hasSuffix("\n\n"), "\(file.path)")
            #expect(!file.contents.unicodeScalars.contains("\r"), "\(file.path)")
            #expect(!file.contents.contains(" \n"), "trailing blank in \(file.path)")
        }
    }

    @Test func outputDoesNotDependOnTheSchemaFileLocation() {
        var moved = SampleSchema.schema
        moved.location = SourceLocation(file: "/somewhere/else/inicis-v2.xml", line: 9)
        #expect(TestGenerator.files(for: moved) == TestGenerator.files(for: SampleSchema.schema))
    }
}
