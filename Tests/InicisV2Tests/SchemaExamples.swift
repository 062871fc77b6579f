import Foundation
import InicisSchema
import InicisV2
import Testing

/// The schema's examples, loaded through the public loader, so these tests follow the schema
/// as it grows instead of copying requests by hand.
enum SchemaExamples {
    /// The folder holding Package.swift, found by walking up from this file.
    static let packageRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }()

    static let schemaURL = packageRoot.appendingPathComponent("schema/inicis-v2.xml")

    static let schema: Schema = {
        let bytes = [UInt8](FileManager.default.contents(atPath: schemaURL.path) ?? Data())
        let result = SchemaLoader().load(bytes, path: schemaURL.path)
        guard let schema = result.schema else {
            fatalError("schema/inicis-v2.xml does not load: \(result.diagnostics)")
        }
        return schema
    }()

    struct Entry: CustomTestStringConvertible, Sendable {
        var operationID: String
        var example: Example
        var testDescription: String { "\(operationID)/\(example.id)" }

        /// The contracts the example is validated with.
        var contracts: Set<Inicis.Contract> { Set(example.contracts.map(Inicis.Contract.init(rawValue:))) }
    }

    static var all: [Entry] {
        schema.operations.flatMap { operation in
            operation.examples.map { Entry(operationID: operation.id, example: $0) }
        }
    }

    /// Examples that decode into the typed models: those written to show a missing required
    /// field or a value of the wrong JSON type cannot, by design; the validator, which reads raw
    /// JSON, reports them instead.
    static var decodable: [Entry] {
        all.filter { entry in
            !entry.example.expectedIssues.contains { ["wrong-type", "missing-required", "duplicate-key"].contains($0.code) }
        }
    }
}
