import InicisSchema
import Testing

@Suite("Concurrent loads")
struct ConcurrencyTests {
    /// Each load has its own parser and validation contexts; errors of one never leak into another.
    @Test func parallelLoadsKeepTheirOwnDiagnostics() async throws {
        let good = try TestFiles.bytes("Fixtures/Valid/every-construct.xml")
        let bad = try TestFiles.bytes("Fixtures/Broken/three-errors.xml")
        let counts = await withTaskGroup(of: (Bool, Int).self) { group in
            for index in 0..<16 {
                let isGood = index.isMultiple(of: 2)
                group.addTask {
                    let result = SchemaLoader().load(isGood ? good : bad, path: isGood ? "good.xml" : "bad.xml")
                    return (isGood, result.diagnostics.count)
                }
            }
            var collected: [(Bool, Int)] = []
            for await entry in group { collected.append(entry) }
            return collected
        }
        #expect(counts.count == 16)
        for (isGood, count) in counts {
            #expect(count == (isGood ? 0 : 3))
        }
    }
}
