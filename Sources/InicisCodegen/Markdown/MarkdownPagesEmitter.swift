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
        var files = [IndexPage(schema: schema).file()]
        files += schema.operations.map { OperationPage(operation: $0, schema: schema).file() }
        if !schema.contracts.isEmpty {
            files.append(ContractsPage(schema: schema).file())
        }
        if !schema.grammars.isEmpty {
            files.append(BypassPage(schema: schema).file())
        }
        return files.sortedByPath()
    }
}
