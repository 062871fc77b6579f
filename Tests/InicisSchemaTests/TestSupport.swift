import Foundation
import InicisSchema

/// Files next to the tests, found from `#filePath` (no bundle resources needed).
enum TestFiles {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    static func bytes(_ relativePath: String, from base: URL = testsDirectory) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: base.appendingPathComponent(relativePath)))
    }

    static func loadFixture(_ relativePath: String) throws -> SchemaLoadResult {
        SchemaLoader().load(try bytes("Fixtures/" + relativePath), path: relativePath)
    }
}

extension SchemaLoadResult {
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// For failure messages: one diagnostic per line.
    var listing: String { diagnostics.map(\.description).joined(separator: "\n") }
}
