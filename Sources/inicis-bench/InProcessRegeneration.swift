import InicisCodegen
import InicisSchema

/// Load + check + emit inside this process, for the real schema and synthetic ones `scale` times
/// its size: the generator's own cost, without process start or disk writes.
struct InProcessRegeneration {
    struct Result {
        var scale: Int
        var bytes: Int
        var files: Int
        var loadAndCheck: Samples
        var check: Samples
        var emit: Samples
        /// One load + emit as a whole, timed as one: the figure the budgets use.
        var total: Samples
    }

    let schemaText: String
    let repetitions: Int

    func run(scale: Int) throws -> Result {
        let bytes = Array(SyntheticSchema.scaled(schemaText, by: scale).utf8)
        // Synthetic schemas are far above the file-size limit meant for hostile input.
        let loader = SchemaLoader(maximumFileSize: .max)
        let path = "inicis-v2-x\(scale).xml"
        let loaded = loader.load(bytes, path: path)
        guard let schema = loaded.schema else {
            let first = loaded.diagnostics.prefix(5).map(\.description).joined(separator: "\n")
            throw BenchmarkFailure(description: "the \(scale)× schema does not load:\n\(first)")
        }
        let runs = max(5, repetitions / scale)
        var fileCount = 0
        let loadAndCheck = measure(repetitions: runs) { _ = loader.load(bytes, path: path) }
        let check = measure(repetitions: runs) { _ = SchemaChecker.check(schema) }
        let emit = measure(repetitions: runs) { fileCount = Generator.files(for: schema).count }
        let total = measure(repetitions: runs) {
            if let schema = loader.load(bytes, path: path).schema {
                _ = Generator.files(for: schema)
            }
        }
        return Result(scale: scale, bytes: bytes.count, files: fileCount, loadAndCheck: loadAndCheck, check: check, emit: emit, total: total)
    }
}
