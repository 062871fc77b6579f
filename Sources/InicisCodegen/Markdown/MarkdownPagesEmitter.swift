import InicisSchema

/// The reference pages, Korean first:
///
/// - `Docs/README.md`: the index
/// - `Docs/<operation-id>.md`: one page per operation
/// - `Docs/contracts.md`: when the schema has contracts
/// - `Docs/bypass.md`: when the schema has bypass option grammars
public struct MarkdownPagesEmitter: Emitter {
    public init() {}

    public func files(for schema: Schema) -> [GeneratedFile] {
        // The pages are independent: each is one job, operation pages being the biggest.
        var pages: [Page] = [.index] + schema.operations.map(Page.operation)
        if !schema.contracts.isEmpty { pages.append(.contracts) }
        if !schema.grammars.isEmpty { pages.append(.bypass) }
        return ParallelMap.map(pages) { page in
            switch page {
            case .index: IndexPage(schema: schema).file()
            case .operation(let operation): OperationPage(operation: operation, schema: schema).file()
            case .contracts: ContractsPage(schema: schema).file()
            case .bypass: BypassPage(schema: schema).file()
            }
        }.sortedByPath()
    }

    private enum Page: Sendable {
        case index
        case operation(Operation)
        case contracts
        case bypass
    }
}
