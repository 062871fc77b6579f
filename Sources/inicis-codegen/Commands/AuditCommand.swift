import ArgumentParser
import Foundation
import InicisAudit

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Compare the schema with PortOne's browser-SDK schema and REST API; exit 1 if any drift is unexplained.",
        discussion: """
            Walks each operation from its request root in PortOne's documents and reports, by JSON path, keys \
            added or removed upstream, enum values added or removed, type and nesting changes, and REST paths, \
            methods or bodies that no longer match. A drift is explained by <omitted> in the object or enum, \
            removed="true" on the field, or a <difference> on the node involved; explanations that match no drift \
            are warned about as stale. Exit 0 when every drift is explained, 1 when one is not (or the schema has \
            errors), 2 for unusable input (a missing, unreadable or malformed file).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @OptionGroup var schemaOptions: SchemaOptions

    @Option(help: "PortOne's browser-SDK schema (portone-browser-sdk.yml).")
    var sdk: String

    @Option(help: "PortOne's REST API, OpenAPI 3 JSON (portone-v2.openapi.json).")
    var openapi: String

    @Option(help: "text (compiler-style lines and a summary) or json.")
    var format: Format = .text

    @Flag(name: .customLong("show-explained"), help: "Also list the explained drifts (as notes in text), each with its explanation.")
    var showExplained = false

    func run() throws {
        try Invocation.run {
            // The documents first: a file that cannot be used is exit 2 whatever the schema says.
            let sdkDocument = try UpstreamReading.browserSDK(sdk)
            let openAPIDocument = try UpstreamReading.openAPI(openapi)
            guard let schema = try SchemaReading.load(schemaOptions.schema) else { throw ExitStatus.failure }
            let report: AuditReport
            do {
                report = try Auditor.audit(schema, sdk: sdkDocument, openAPI: openAPIDocument)
            } catch let error as UpstreamDocumentError {
                throw UnusableInput(description: error.description)
            }
            switch format {
            case .text: Terminal.out(AuditTextReport.render(report, showExplained: showExplained), terminator: "")
            case .json: Terminal.out(try AuditJSONReport.render(report), terminator: "")
            }
            if !report.isClean { throw ExitStatus.failure }
        }
    }
}
