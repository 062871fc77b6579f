import Foundation
import InicisSchema

/// The report as one JSON document for scripts: every drift (explained or not), the stale
/// explanations and the counts, on one line. Keys sorted, so that the same report is the same
/// bytes.
public enum AuditJSONReport {
    public static func render(_ report: AuditReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(report))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        var drifts: [DriftEntry]
        var staleExplanations: [StaleEntry]
        var summary: Summary

        init(_ report: AuditReport) {
            drifts = report.findings.map(DriftEntry.init)
            staleExplanations = report.staleExplanations.map { StaleEntry(schema: Place($0.location), message: $0.message) }
            summary = Summary(unexplained: report.unexplained.count, explained: report.explained.count, stale: report.staleExplanations.count)
        }
    }

    private struct DriftEntry: Encodable {
        var kind: DriftKind
        var operation: String
        var paths: [String]
        var message: String
        var schema: Place
        var upstream: UpstreamPlace
        var explained: Bool
        /// Absent when `explained` is false.
        var explanation: ExplanationEntry?

        init(_ finding: AuditFinding) {
            let drift = finding.drift
            kind = drift.kind
            operation = drift.operationID
            paths = drift.paths
            message = drift.detail
            schema = Place(drift.location)
            upstream = UpstreamPlace(file: drift.upstream.file, line: drift.upstream.line, pointer: drift.upstream.pointer)
            explained = finding.explanation != nil
            explanation = finding.explanation.map { ExplanationEntry(kind: $0.kind, line: $0.location.line, text: $0.text) }
        }
    }

    private struct Place: Encodable {
        var file: String
        var line: Int

        init(_ location: SourceLocation) {
            file = location.file
            line = location.line
        }
    }

    /// `line` for the YAML, `pointer` for the OpenAPI document.
    private struct UpstreamPlace: Encodable {
        var file: String
        var line: Int?
        var pointer: String?
    }

    private struct ExplanationEntry: Encodable {
        var kind: Explanation.Kind
        var line: Int
        var text: String
    }

    private struct StaleEntry: Encodable {
        var schema: Place
        var message: String
    }

    private struct Summary: Encodable {
        var unexplained: Int
        var explained: Int
        var stale: Int
    }
}
