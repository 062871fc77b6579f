extension Inicis {
    /// The schema's tables, linked for walking: named types resolved to positions, rule paths to the
    /// fields they start at. Built once from `Inicis.SchemaTables`; validation, normalisation and the
    /// redacted descriptions of the models all read it.
    @_spi(InicisCodegen)
    public final class RequestCatalog: Sendable {
        let objects: [Inicis.ObjectSpec]
        let enums: [Inicis.EnumSpec]
        let grammars: [Inicis.SchemaTables.Grammar]
        /// In schema order.
        let operations: [Inicis.OperationSpec]
        let contractNames: [String: String]
        let objectPositions: [String: Int]
        let grammarPositions: [String: Int]
        let enumPositions: [String: Int]
        /// Contract ids in schema order.
        public let contractIDs: [String]

        public init(_ tables: Inicis.SchemaTables) throws(Inicis.SchemaTablesError) {
            let linker = try Inicis.TableLinker(tables)
            enums = tables.enums.map(Inicis.EnumSpec.init)
            grammars = tables.grammars
            // Loops, not `map` with typed-throwing closures: function types with typed throws need
            // type metadata that Swift runtimes before 6.0 lack (swiftlang/swift#74971).
            var objects: [Inicis.ObjectSpec] = []
            for object in tables.objects { objects.append(try linker.object(object)) }
            self.objects = objects
            var operations: [Inicis.OperationSpec] = []
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

        func operation(_ id: String) -> Inicis.OperationSpec? {
            operations.first { $0.id == id }
        }

        func object(_ id: String) -> Inicis.ObjectSpec? {
            objectPositions[id].map { objects[$0] }
        }

        func enumValues(_ id: String) -> [String]? {
            enumPositions[id].map { enums[$0].values }
        }

        func grammar(_ id: String) -> Inicis.SchemaTables.Grammar? {
            grammarPositions[id].map { grammars[$0] }
        }

        /// The reader of the grammar `id`, which the generated typed options know exists.
        @_spi(InicisCodegen) public func bypassReader(_ id: String) -> Inicis.BypassGrammarReader {
            guard let grammar = grammar(id) else { preconditionFailure("Inicis.RequestCatalog: unknown grammar '\(id)'") }
            return Inicis.BypassGrammarReader(grammar: grammar, catalog: self)
        }
    }
}
