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
        let site = DocsSite(schema: schema)
        return (site.operationPages + Self.sitePages(of: site).map { $0() }).sortedByPath()
    }

    /// The operations laid out side by side, then the pages about the whole site side by side.
    public func filesConcurrently(for schema: Schema) async -> [GeneratedFile] {
        let site = await DocsSite.concurrently(schema: schema)
        return await withTaskGroup(of: GeneratedFile.self) { group in
            for page in Self.sitePages(of: site) {
                group.addTask { page() }
            }
            return await group.reduce(into: site.operationPages) { $0.append($1) }
        }.sortedByPath()
    }

    /// The pages that link to every operation's pages, so are made once all are laid out.
    private static func sitePages(of site: DocsSite) -> [@Sendable () -> GeneratedFile] {
        var pages: [@Sendable () -> GeneratedFile] = [
            { IndexPage(site: site).file() },
            { RequirednessPage(site: site).file() },
            { DifferencesPage(site: site).file() },
            { IssueCodesPage(site: site).file() },
        ]
        if !site.schema.contracts.isEmpty { pages.append { ContractsPage(site: site).file() } }
        if !site.schema.grammars.isEmpty { pages.append { BypassPage(site: site).file() } }
        return pages
    }
}
