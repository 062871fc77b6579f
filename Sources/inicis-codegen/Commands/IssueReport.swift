import Foundation
import InicisRuntime

/// How `validate` prints issues: one line each plus a summary, or one JSON object
/// `{"issues":[{"code":…,"message":…,"path":…,"severity":…}]}` with its keys sorted, so that the
/// same issues always print as the same bytes.
enum IssueReport {
    enum Format: String {
        case text
        case json
    }

    static func render(_ issues: [Inicis.ValidationIssue], as format: Format) -> String {
        switch format {
        case .text: text(issues)
        case .json: json(issues)
        }
    }

    /// `customer.email: error: [missing-required] …`, then `1 error, 0 warnings`.
    static func text(_ issues: [Inicis.ValidationIssue]) -> String {
        let errors = issues.filter { $0.severity == .error }.count
        let lines = issues.map(\.description) + [Terminal.counted(errors, "error") + ", " + Terminal.counted(issues.count - errors, "warning")]
        return lines.map { $0 + "\n" }.joined()
    }

    private struct Document: Encodable {
        var issues: [Inicis.ValidationIssue]
    }

    static func json(_ issues: [Inicis.ValidationIssue]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings, enums and arrays always encode.
        return String(decoding: try! encoder.encode(Document(issues: issues)), as: UTF8.self) + "\n"
    }
}
