import Foundation
@testable import InicisCodegen
import InicisSchema

/// The generator as the CLI runs it, with the runtime sources of this checkout.
enum TestGenerator {
    static let runtime: RuntimeSources = {
        let folder = RealSchema.packageRoot.appendingPathComponent("Sources/InicisRuntime")
        do {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
            return RuntimeSources(files: try names.map { name in
                RuntimeSources.File(name: name, text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            })
        } catch {
            fatalError("cannot read \(folder.path): \(error)")
        }
    }()

    static let generator = Generator(runtime: runtime)

    static func files(for schema: Schema) -> [GeneratedFile] {
        generator.files(for: schema)
    }
}
