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
        var files = [IndexPage(schema: schema).file()]
        files += operations.map { OperationPage(context: $0).file() }
        files.append(RequirednessPage(schema: schema, operations: operations).file())
        files.append(DifferencesPage(schema: schema, operations: operations).file())
        if !schema.contracts.isEmpty {
            files.append(ContractsPage(schema: schema, operations: operations).file())
        }
        if !schema.grammars.isEmpty {
            files.append(BypassPage(schema: schema).file())
        }
        return files.sortedByPath()
    }
}
