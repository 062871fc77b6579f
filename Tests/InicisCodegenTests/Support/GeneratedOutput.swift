@testable import InicisCodegen
import InicisSchema

/// The generator's output for a schema, looked up by path.
struct GeneratedOutput {
    let files: [GeneratedFile]

    init(_ schema: Schema = SampleSchema.schema) {
        files = TestGenerator.files(for: schema)
    }

    subscript(path: String) -> String {
        files.first { $0.path == path }?.contents ?? "<missing \(path)>"
    }
}
