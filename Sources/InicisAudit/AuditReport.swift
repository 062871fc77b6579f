/// Everything one audit found: each drift with its explanation (or none), and the explanations
/// that explain nothing any more.
public struct AuditReport: Sendable, Hashable {
    /// In schema order (file, line), then by operation and path.
    public var findings: [AuditFinding]
    public var staleExplanations: [StaleExplanation]

    public var unexplained: [AuditFinding] { findings.filter { $0.explanation == nil } }
    public var explained: [AuditFinding] { findings.filter { $0.explanation != nil } }

    /// The exit decision: every drift explained. Stale explanations are warnings: they call for a
    /// cleanup, not for stopping a build.
    public var isClean: Bool { unexplained.isEmpty }
}

/// A drift and what explains it, if anything.
public struct AuditFinding: Sendable, Hashable {
    public var drift: Drift
    public var explanation: Explanation?
}
