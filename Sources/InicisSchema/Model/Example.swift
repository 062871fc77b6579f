/// A request from the guide (corrected where the guide is wrong) or written for the schema.
/// The tests run every example through the generated validator.
public struct Example: Sendable, Hashable, Identifiable {
    public var id: String
    public var platform: Platform
    /// The request as JSON text, exactly as written in the schema.
    public var json: String
    /// The issues the validator must report; empty for a clean example.
    public var expectedIssues: [ExpectedIssue]
    /// The contracts the example is validated with (ids of `Contract`s): a request for a feature
    /// that needs a contract is clean once the contract is declared.
    public var contracts: [String]
    /// The smallest clean request for its platform (and pay method): the pages open with it.
    public var isQuickStart: Bool
    public var documentation: Documentation
    public var location: SourceLocation

    public init(
        id: String,
        platform: Platform,
        json: String,
        expectedIssues: [ExpectedIssue] = [],
        contracts: [String] = [],
        isQuickStart: Bool = false,
        documentation: Documentation = .init(),
        location: SourceLocation
    ) {
        self.id = id
        self.platform = platform
        self.json = json
        self.expectedIssues = expectedIssues
        self.contracts = contracts
        self.isQuickStart = isQuickStart
        self.documentation = documentation
        self.location = location
    }

    /// Whether the validator must report nothing for it.
    public var isClean: Bool { expectedIssues.isEmpty }
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
