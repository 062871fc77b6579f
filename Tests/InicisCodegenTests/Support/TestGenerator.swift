import Foundation
@testable import InicisCodegen
import InicisSchema

/// The generator as the CLI runs it.
enum TestGenerator {
    static let generator = Generator()

    static func files(for schema: Schema) -> [GeneratedFile] {
        generator.files(for: schema)
    }
}
