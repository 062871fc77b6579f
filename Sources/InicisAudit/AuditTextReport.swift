/// The report as compiler-style lines: one `error` per unexplained drift, one `warning` per stale
/// explanation, optionally one `note` per explained drift, then a summary line.
///
/// `schema/inicis-v2.xml:1636: error: [new-key] payment: card.foo: PortOne's SDK defines key
/// 'foo' (string), which object 'PaymentRequestUnionCard' lacks (portone-browser-sdk.yml:6201)`
public enum AuditTextReport {
    public static func render(_ report: AuditReport, showExplained: Bool = false) -> String {
        var lines: [String] = []
        for finding in report.findings {
            if let explanation = finding.explanation {
                if showExplained {
                    lines.append(line(finding.drift, severity: "note") + "; explained by \(describe(explanation))")
                }
            } else {
                lines.append(line(finding.drift, severity: "error"))
            }
        }
        for stale in report.staleExplanations {
            lines.append("\(stale.location): warning: [stale-explanation] \(stale.message)")
        }
        lines.append(summary(report))
        return lines.map { $0 + "\n" }.joined()
    }

    static func line(_ drift: Drift, severity: String) -> String {
        "\(drift.location): \(severity): [\(drift.kind.rawValue)] \(drift.message) (\(drift.upstream))"
    }

    /// `audit: 1 unexplained drift, 52 explained, 0 stale explanations`.
    static func summary(_ report: AuditReport) -> String {
        let unexplained = report.unexplained.count
        let stale = report.staleExplanations.count
        return "audit: \(unexplained) unexplained \(unexplained == 1 ? "drift" : "drifts"), \(report.explained.count) explained, \(stale) stale \(stale == 1 ? "explanation" : "explanations")"
    }

    private static func describe(_ explanation: Explanation) -> String {
        switch explanation.kind {
        case .omitted: "<omitted> on line \(explanation.location.line): \(explanation.text)"
        case .removed: "removed=\"true\" on line \(explanation.location.line)"
        case .difference: "<difference> on line \(explanation.location.line)"
        }
    }
}
