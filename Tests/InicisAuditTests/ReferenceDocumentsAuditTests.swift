import Foundation
import InicisAudit
import InicisSchema
import Testing

/// The real schema against PortOne's real documents in ../shared/reference (read in place, never
/// copied here): every drift is explained and no explanation is stale. Skipped, saying so, when
/// the folder is absent.
@Suite("Audit of schema/inicis-v2.xml against PortOne's documents", .enabled(if: ReferenceDocuments.available))
struct ReferenceDocumentsAuditTests {
    @Test("No unexplained drift, no stale explanation")
    func clean() throws {
        let packageRoot = AuditFixtures.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let result = SchemaLoader().load([UInt8](try Data(contentsOf: packageRoot.appendingPathComponent("schema/inicis-v2.xml"))), path: "schema/inicis-v2.xml")
        let schema = try #require(result.schema)
        let sdk = try BrowserSDKDocument(yaml: String(decoding: try Data(contentsOf: ReferenceDocuments.sdk), as: UTF8.self), file: "portone-browser-sdk.yml")
        let openAPI = try OpenAPIDocument(json: try Data(contentsOf: ReferenceDocuments.openAPI), file: "portone-v2.openapi.json")
        let report = try Auditor.audit(schema, sdk: sdk, openAPI: openAPI)
        // Booleans, so that a failure prints the report's lines rather than its whole structure.
        let isClean = report.isClean, hasNoStale = report.staleExplanations.isEmpty
        #expect(isClean, "\(AuditTextReport.render(report))")
        #expect(hasNoStale, "\(AuditTextReport.render(report))")
        // The walk reached the nested objects and enums of every operation.
        #expect(Set(report.findings.map(\.drift.operationID)).isSuperset(of: ["payment", "issue-billing-key", "issue-billing-key-and-pay"]))
    }
}

enum ReferenceDocuments {
    static let folder = AuditFixtures.folder
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/reference")
    static let sdk = folder.appendingPathComponent("portone-browser-sdk.yml")
    static let openAPI = folder.appendingPathComponent("portone-v2.openapi.json")

    static let available: Bool = {
        let present = FileManager.default.fileExists(atPath: sdk.path) && FileManager.default.fileExists(atPath: openAPI.path)
        if !present {
            print("notice: skipping the audit of the real schema: \(folder.path) is absent")
        }
        return present
    }()
}
