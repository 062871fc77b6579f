import InicisSchema

/// The reference pages, in Korean:
///
/// - `Docs/README.md`: the index: what each page is for and where to start
/// - `Docs/<operation-id>.md`: one page per operation
/// - `Docs/requiredness.md`: what must (or need not) be sent, by platform
/// - `Docs/differences.md`: where the guide and PortOne's schemas differ, and the guide's typos
/// - `Docs/issue-codes.md`: the validator's issue codes
/// - `Docs/contracts.md`: when the schema has contracts
/// - `Docs/bypass.md`: when the schema has bypass option grammars
public struct MarkdownPagesEmitter: Emitter {
    public init() {}

    public func files(for schema: Schema) -> [GeneratedFile] {
        files(of: DocsSite(schema: schema))
    }

    /// The operation pages, the longest part, made side by side.
    public func filesConcurrently(for schema: Schema) async -> [GeneratedFile] {
        files(of: await DocsSite.concurrently(schema: schema))
    }

    private func files(of site: DocsSite) -> [GeneratedFile] {
        let schema = site.schema
        var files = [
            IndexPage(site: site).file(),
            RequirednessPage(site: site).file(),
            DifferencesPage(site: site).file(),
            IssueCodesPage(site: site).file(),
        ]
        files += site.operationPages
        if !schema.contracts.isEmpty { files.append(ContractsPage(site: site).file()) }
        if !schema.grammars.isEmpty { files.append(BypassPage(site: site).file()) }
        return files.sortedByPath()
    }
}
