import InicisSchema

/// The reference pages, Korean first:
///
/// - `Docs/README.md`: the index, with the anchor scheme
/// - `Docs/<operation-id>.md`: one page per operation
/// - `Docs/requiredness.md`: every field by PC, mobile and API
/// - `Docs/differences.md`: where the guide and PortOne's schemas differ
/// - `Docs/contracts.md`: when the schema has contracts
/// - `Docs/bypass.md`: when the schema has bypass option grammars
public struct MarkdownPagesEmitter: Emitter {
    public init() {}

    public func files(for schema: Schema) -> [GeneratedFile] {
        // One context per operation: the pages that link into operation pages share its anchors.
        let operations = schema.operations.map { OperationContext(operation: $0, schema: schema) }
        let enumBodies = EnumSectionBodies(operations: operations, schema: schema)
        var pages: [Page] = [.index, .requiredness, .differences] + operations.map(Page.operation)
        if !schema.contracts.isEmpty { pages.append(.contracts) }
        if !schema.grammars.isEmpty { pages.append(.bypass) }
        return pages.map { page in
            switch page {
            case .index: IndexPage(schema: schema).file()
            case .operation(let context): OperationPage(context: context, enumBodies: enumBodies).file()
            case .requiredness: RequirednessPage(schema: schema, operations: operations).file()
            case .differences: DifferencesPage(schema: schema, operations: operations).file()
            case .contracts: ContractsPage(schema: schema, operations: operations).file()
            case .bypass: BypassPage(schema: schema, operations: operations).file()
            }
        }.sortedByPath()
    }

    private enum Page: Sendable {
        case index
        case operation(OperationContext)
        case requiredness
        case differences
        case contracts
        case bypass
    }
}
