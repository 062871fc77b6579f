import Foundation
import InicisSchema

/// The package's own schema and its committed pages, found from this file's path.
enum RealSchema {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Loaded, checked and resolved, as the CLI hands it to the emitters.
    static let schema: Schema = {
        let url = packageRoot.appendingPathComponent("schema/inicis-v2.xml")
        let bytes = [UInt8](FileManager.default.contents(atPath: url.path) ?? Data())
        guard let schema = SchemaLoader().load(bytes, path: "schema/inicis-v2.xml").schema else {
            fatalError("schema/inicis-v2.xml does not load")
        }
        return schema.resolved()
    }()

    /// `Generated/Docs/*.md` as committed, by file name.
    static func committedDocs() throws -> [String: String] {
        let folder = packageRoot.appendingPathComponent("Generated/Docs")
        var pages: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
            pages[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return pages
    }
}
