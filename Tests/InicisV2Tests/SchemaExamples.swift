import Foundation
import InicisSchema
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
    }

    static var all: [Entry] {
        schema.operations.flatMap { operation in
            operation.examples.map { Entry(operationID: operation.id, example: $0) }
        }
    }
}

/// Leaf paths of a JSON value (`customer.fullName`, `items[0].vatAmount`), to tell what a
/// round trip kept and what it dropped.
enum JSONLeaves {
    static func paths(_ value: Any, prefix: String = "") -> Set<String> {
        switch value {
        case let object as [String: Any]:
            object.reduce(into: Set<String>()) { result, entry in
                result.formUnion(paths(entry.value, prefix: prefix.isEmpty ? entry.key : "\(prefix).\(entry.key)"))
            }
        case let array as [Any]:
            array.enumerated().reduce(into: Set<String>()) { result, entry in
                result.formUnion(paths(entry.element, prefix: "\(prefix)[\(entry.offset)]"))
            }
        default:
            [prefix]
        }
    }
}
