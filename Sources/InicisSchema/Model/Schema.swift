/// Everything the guide documents, as plain data. The loader builds it; emitters read it.
public struct Schema: Sendable, Hashable {
    /// The schema language version (`version` on the root element).
    public var languageVersion: String
    public var title: String
    public var documentation: Documentation
    public var contracts: [Contract]
    public var enums: [EnumType]
    public var objects: [ObjectType]
    public var grammars: [BypassGrammar]
    public var operations: [Operation]
    public var payMethodTables: [PayMethodTable]
    public var location: SourceLocation

    public init(
        languageVersion: String,
        title: String,
        documentation: Documentation = .init(),
        contracts: [Contract] = [],
        enums: [EnumType] = [],
        objects: [ObjectType] = [],
        grammars: [BypassGrammar] = [],
        operations: [Operation] = [],
        payMethodTables: [PayMethodTable] = [],
        location: SourceLocation
    ) {
        self.languageVersion = languageVersion
        self.title = title
        self.documentation = documentation
        self.contracts = contracts
        self.enums = enums
        self.objects = objects
        self.grammars = grammars
        self.operations = operations
        self.payMethodTables = payMethodTables
        self.location = location
    }

    public func enumType(_ id: String) -> EnumType? { enums.first { $0.id == id } }
    public func object(_ id: String) -> ObjectType? { objects.first { $0.id == id } }
    public func contract(_ id: String) -> Contract? { contracts.first { $0.id == id } }
    public func grammar(_ id: String) -> BypassGrammar? { grammars.first { $0.id == id } }
    public func operation(_ id: String) -> Operation? { operations.first { $0.id == id } }
}
