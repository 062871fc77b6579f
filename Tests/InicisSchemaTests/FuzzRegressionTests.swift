import Foundation
import InicisSchema
import Testing

/// Inputs found by the fuzzer (Scripts/fuzz-loader.sh), kept under Fixtures/Fuzz: every crash,
/// minimised, and a few inputs that reach deep into the loader. Each must load the way any input
/// must: no crash, quickly, a schema exactly when there is no error, diagnostics naming the file.
@Suite("Fuzzer findings")
struct FuzzRegressionTests {
    static let folder = TestFiles.testsDirectory.appendingPathComponent("Fixtures/Fuzz")

    static let inputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { !$0.hasPrefix(".") }
        .sorted()

    @Test("Each input loads without crashing", arguments: inputs)
    func loads(_ name: String) throws {
        let bytes = try TestFiles.bytes("Fixtures/Fuzz/" + name)
        let clock = ContinuousClock()
        var result: SchemaLoadResult?
        let elapsed = clock.measure { result = SchemaLoader().load(bytes, path: name) }
        let loaded = try #require(result)
        #expect((loaded.schema == nil) == !loaded.errors.isEmpty, "\(loaded.listing)")
        #expect(loaded.diagnostics.allSatisfy { $0.location.file == name || $0.location.file.hasSuffix("(embedded)") }, "\(loaded.listing)")
        #expect(elapsed < .seconds(1))
    }
}
