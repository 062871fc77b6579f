import InicisSchema

/// What all pages share: one context per operation, the prose renderer and the validator.
struct DocsSite: Sendable {
    let schema: Schema
    let operations: [OperationContext]
    let prose: Prose
    /// The operations' own pages, made once while they are laid out.
    let operationPages: [GeneratedFile]

    /// A page over this many bytes puts the operation's fields and examples on pages of their
    /// own, below the 64 KB every page must stay under.
    static let singlePageBudget = 60_000

    /// The operations laid out one after the other.
    init(schema: Schema) {
        let materials = Materials(schema: schema)
        self.init(schema: schema, prose: materials.prose, laidOut: schema.operations.map(materials.layOut))
    }

    /// The operations laid out side by side: each is independent of the others.
    static func concurrently(schema: Schema) async -> DocsSite {
        let materials = Materials(schema: schema)
        let laidOut = await withTaskGroup(of: (Int, LaidOutOperation).self) { group in
            for (index, operation) in schema.operations.enumerated() {
                group.addTask { (index, materials.layOut(operation)) }
            }
            var laidOut: [LaidOutOperation?] = Array(repeating: nil, count: schema.operations.count)
            for await (index, operation) in group { laidOut[index] = operation }
            return laidOut.compactMap { $0 }
        }
        return DocsSite(schema: schema, prose: materials.prose, laidOut: laidOut)
    }

    private init(schema: Schema, prose: Prose, laidOut: [LaidOutOperation]) {
        self.schema = schema
        self.prose = prose
        operations = laidOut.map(\.context)
        operationPages = laidOut.flatMap(\.pages)
    }

    private typealias LaidOutOperation = (context: OperationContext, pages: [GeneratedFile])

    /// What laying out an operation needs from the whole schema.
    private struct Materials: Sendable {
        let schema: Schema
        let validator: ExampleValidator
        let prose: Prose

        init(schema: Schema) {
            self.schema = schema
            validator = ExampleValidator(schema: schema)
            prose = Prose(schema: schema)
        }

        /// On one page first; a page that would be too long is split. An operation's pages depend
        /// only on the operation, so the other operations' layouts do not matter here; the other
        /// pages link by the layouts, so they are made after every operation is laid out.
        func layOut(_ operation: Operation) -> LaidOutOperation {
            let single = OperationContext(operation: operation, schema: schema, validator: validator)
            if let page = OperationPage(context: single, prose: prose).singlePage(within: DocsSite.singlePageBudget) {
                return (single, [page])
            }
            let split = single.laidOut(.split)
            return (split, OperationPage(context: split, prose: prose).splitPages())
        }
    }

    /// The first operation page that shows each enum, by enum id.
    func enumPage(_ id: String) -> OperationContext? {
        operations.first { $0.enumIDs.contains(id) }
    }
}
