@testable import InicisCodegen
import Testing

@Suite("Generator")
struct GeneratorTests {
    /// `generate` and `check` run the emitters side by side; the tests mostly call them one after
    /// the other. Both must give the same files in the same order.
    @Test func emittersRunSideBySideGiveWhatTheyGiveOneAfterTheOther() async {
        let generator = Generator()
        let sequential = generator.files(for: RealSchema.schema)
        let concurrent = await generator.filesConcurrently(for: RealSchema.schema)
        #expect(!sequential.isEmpty)
        #expect(concurrent.map(\.path) == sequential.map(\.path))
        #expect(concurrent == sequential)
    }
}
