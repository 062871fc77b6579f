@testable import InicisCodegen
import InicisSchema

/// The generator as the CLI runs it, with the runtime sources bundled with this build.
enum TestGenerator {
    static let generator: Generator = {
        do {
            return Generator(runtime: try RuntimeSources.bundled())
        } catch {
            fatalError("the runtime sources are not bundled with InicisCodegen: \(error)")
        }
    }()

    static func files(for schema: Schema) -> [GeneratedFile] {
        generator.files(for: schema)
    }
}
