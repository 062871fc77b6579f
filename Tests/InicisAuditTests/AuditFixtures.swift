import Foundation
import InicisAudit
import InicisSchema
import Testing

/// The tiny PortOne documents and schemas in Fixtures/, found from this file's path and named in
/// reports by their file names (`drifted.xml:6: error: …`).
enum AuditFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    static func schema(_ name: String) throws -> Schema {
        let result = SchemaLoader().load([UInt8](try data(name)), path: name)
        return try #require(result.schema, "\(result.diagnostics.map(\.description).joined(separator: "\n"))")
    }

    static func sdk() throws -> BrowserSDKDocument {
        try BrowserSDKDocument(yaml: String(decoding: try data("sdk.yml"), as: UTF8.self), file: "sdk.yml")
    }

    static func openAPI() throws -> OpenAPIDocument {
        try OpenAPIDocument(json: try data("openapi.json"), file: "openapi.json")
    }

    /// The schema fixture audited against sdk.yml and openapi.json.
    static func audit(_ schemaName: String) throws -> AuditReport {
        try Auditor.audit(try schema(schemaName), sdk: try sdk(), openAPI: try openAPI())
    }

    /// The text report as lines, without the line break of each.
    static func lines(_ report: AuditReport, showExplained: Bool = false) -> [String] {
        AuditTextReport.render(report, showExplained: showExplained).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}
