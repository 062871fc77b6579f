/// A feature that works only after a separate contract with Inicis.
public struct Contract: Sendable, Hashable, Identifiable {
    public var id: String
    /// The guide's name of the feature ("부가세 및 비과세 금액 직접 설정").
    public var name: String
    public var documentation: Documentation
    public var location: SourceLocation

    public init(id: String, name: String, documentation: Documentation = .init(), location: SourceLocation) {
        self.id = id
        self.name = name
        self.documentation = documentation
        self.location = location
    }
}
