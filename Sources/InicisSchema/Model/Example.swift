/// A request from the guide (corrected where the guide is wrong) or written for the schema.
/// The tests run every example through the generated validator.
public struct Example: Sendable, Hashable, Identifiable {
    public var id: String
    public var platform: Platform
    /// The request as JSON text, exactly as written in the schema.
    public var json: String
    /// The issues the validator must report; empty for a clean example.
    public var expectedIssues: [ExpectedIssue]
    public var documentation: Documentation
    public var location: SourceLocation

    public init(id: String, platform: Platform, json: String, expectedIssues: [ExpectedIssue] = [], documentation: Documentation = .init(), location: SourceLocation) {
        self.id = id
        self.platform = platform
        self.json = json
        self.expectedIssues = expectedIssues
        self.documentation = documentation
        self.location = location
    }
}

public struct ExpectedIssue: Sendable, Hashable {
    public var path: String
    public var code: String
    public var severity: Severity

    public init(path: String, code: String, severity: Severity) {
        self.path = path
        self.code = code
        self.severity = severity
    }
}
