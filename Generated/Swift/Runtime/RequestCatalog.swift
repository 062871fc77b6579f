// Copied from Sources/InicisRuntime/RequestCatalog.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

/// The schema's tables, linked for walking: named types resolved to positions, rule paths to the
/// fields they start at. Built once from `SchemaTables`; validation, normalisation and the
/// redacted descriptions of the models all read it.
@_spi(InicisCodegen)
public final class RequestCatalog: Sendable {
    let objects: [ObjectSpec]
    let enums: [EnumSpec]
    let grammars: [SchemaTables.Grammar]
    /// In schema order.
    let operations: [OperationSpec]
    let contractNames: [String: String]
    let objectPositions: [String: Int]
    let grammarPositions: [String: Int]
    let enumPositions: [String: Int]
    /// Contract ids in schema order.
    public let contractIDs: [String]

    public init(_ tables: SchemaTables) throws(SchemaTablesError) {
        let linker = try TableLinker(tables)
        enums = tables.enums.map(EnumSpec.init)
        grammars = tables.grammars
        // Loops, not `map` with typed-throwing closures: function types with typed throws need
        // type metadata that Swift runtimes before 6.0 lack (swiftlang/swift#74971).
        var objects: [ObjectSpec] = []
        for object in tables.objects { objects.append(try linker.object(object)) }
        self.objects = objects
        var operations: [OperationSpec] = []
        for operation in tables.operations { operations.append(try linker.operation(operation)) }
        self.operations = operations
        contractNames = Dictionary(tables.contracts.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        objectPositions = linker.objectPositions
        grammarPositions = linker.grammarPositions
        enumPositions = linker.enumPositions
        contractIDs = tables.contracts.map(\.id)
    }

    /// The operation ids, in schema order.
    public var operationIDs: [String] { operations.map(\.id) }

    func operation(_ id: String) -> OperationSpec? {
        operations.first { $0.id == id }
    }

    func object(_ id: String) -> ObjectSpec? {
        objectPositions[id].map { objects[$0] }
    }

    func enumValues(_ id: String) -> [String]? {
        enumPositions[id].map { enums[$0].values }
    }

    func grammar(_ id: String) -> SchemaTables.Grammar? {
        grammarPositions[id].map { grammars[$0] }
    }

    /// The reader of the grammar `id`, which the generated typed options know exists.
    func bypassReader(_ id: String) -> BypassGrammarReader {
        guard let grammar = grammar(id) else { preconditionFailure("RequestCatalog: unknown grammar '\(id)'") }
        return BypassGrammarReader(grammar: grammar, catalog: self)
    }
}
