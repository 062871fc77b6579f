/// Everything the guide documents, as plain data. The loader builds it; emitters read it.
public struct Schema: Sendable, Hashable {
    /// The schema language version (`version` on the root element).
    public var languageVersion: String
    public var title: String
    public var documentation: Documentation
    public var contracts: [Contract] { didSet { contractIndex = DeclarationIndex(contracts, id: \.id) } }
    /// The groups of an operation's notes, in the order the pages show them.
    public var noteTopics: [NoteTopic]
    public var enums: [EnumType] { didSet { enumIndex = DeclarationIndex(enums, id: \.id) } }
    public var objects: [ObjectType] { didSet { objectIndex = DeclarationIndex(objects, id: \.id) } }
    public var grammars: [BypassGrammar] { didSet { grammarIndex = DeclarationIndex(grammars, id: \.id) } }
    public var operations: [Operation] { didSet { operationIndex = DeclarationIndex(operations, id: \.id) } }
    public var payMethodTables: [PayMethodTable]
    public var location: SourceLocation

    // Lookups by id. Each is rebuilt when its array is changed, so code that changes many
    // declarations should change a copy of the array and assign it once.
    private var contractIndex: DeclarationIndex
    private var enumIndex: DeclarationIndex
    private var objectIndex: DeclarationIndex
    private var grammarIndex: DeclarationIndex
    private var operationIndex: DeclarationIndex

    public init(
        languageVersion: String,
        title: String,
        documentation: Documentation = .init(),
        contracts: [Contract] = [],
        noteTopics: [NoteTopic] = [],
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
        self.noteTopics = noteTopics
        self.enums = enums
        self.objects = objects
        self.grammars = grammars
        self.operations = operations
        self.payMethodTables = payMethodTables
        self.location = location
        contractIndex = DeclarationIndex(contracts, id: \.id)
        enumIndex = DeclarationIndex(enums, id: \.id)
        objectIndex = DeclarationIndex(objects, id: \.id)
        grammarIndex = DeclarationIndex(grammars, id: \.id)
        operationIndex = DeclarationIndex(operations, id: \.id)
    }

    /// The first declaration with this id; constant time.
    public func enumType(_ id: String) -> EnumType? { enumIndex.position(of: id).map { enums[$0] } }
    public func object(_ id: String) -> ObjectType? { objectIndex.position(of: id).map { objects[$0] } }
    public func contract(_ id: String) -> Contract? { contractIndex.position(of: id).map { contracts[$0] } }
    public func grammar(_ id: String) -> BypassGrammar? { grammarIndex.position(of: id).map { grammars[$0] } }
    public func operation(_ id: String) -> Operation? { operationIndex.position(of: id).map { operations[$0] } }

    /// Where the first enum with this id is in `enums` (the generated catalog numbers types by
    /// position); constant time.
    public func enumPosition(_ id: String) -> Int? { enumIndex.position(of: id) }
    /// Where the first object with this id is in `objects`; constant time.
    public func objectPosition(_ id: String) -> Int? { objectIndex.position(of: id) }
}
