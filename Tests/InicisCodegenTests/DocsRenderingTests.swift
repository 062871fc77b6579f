import Foundation
@testable import InicisCodegen
import InicisSchema
import Testing

/// Renders every page with cmark-gfm, both the committed `Generated/Docs` and the pages of the
/// hostile sample schema, and checks what a reader of the HTML would see: whole table rows,
/// links that land, and schema text that stays text.
@Suite("Docs render as GitHub-flavoured Markdown", .enabled(if: GFMRenderer.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
                                                     "cmark-gfm is not installed (apt-get install cmark-gfm); CI installs it"))
struct DocsRenderingTests {
    /// The elements Markdown itself makes, plus the raw `<a id>` and `<br>` the pages write.
    static let allowedTags: Set<String> = [
        "a", "br", "code", "details", "h1", "h2", "h3", "li", "ol", "p", "pre", "strong", "summary", "table", "tbody", "td", "th", "thead", "tr", "ul",
    ]

    static func hostileSite() throws -> RenderedSite {
        let docs = TestGenerator.files(for: SampleSchema.schema).filter { $0.path.hasPrefix("Docs/") }
        return try RenderedSite(Dictionary(uniqueKeysWithValues: docs.map { (String($0.path.dropFirst("Docs/".count)), $0.contents) }))
    }

    static func committedSite() throws -> RenderedSite {
        try RenderedSite(RealSchema.committedDocs())
    }

    @Test("every table row has as many cells as its header", arguments: ["committed", "hostile"])
    func tableRowsAreWhole(_ which: String) throws {
        let site = try which == "committed" ? Self.committedSite() : Self.hostileSite()
        #expect(site.pages.count > 3)
        let problems = site.pages.values.flatMap(\.malformedRows)
        #expect(problems.isEmpty, "\(problems.prefix(5).joined(separator: "\n"))")
        // The check itself sees a bad row.
        let bad = RenderedPage(name: "bad", html: try GFMRenderer.render("| a | b |\n| --- | --- |\n| x | y | z |\n| w |\n"))
        #expect(bad.malformedRows.count == 2)
    }

    @Test("every relative link and anchor resolves; ids are unique", arguments: ["committed", "hostile"])
    func linksResolve(_ which: String) throws {
        let site = try which == "committed" ? Self.committedSite() : Self.hostileSite()
        #expect(site.brokenLinks.isEmpty, "\(site.brokenLinks.prefix(10).joined(separator: "\n"))")
        #expect(site.duplicateIDs.isEmpty, "\(site.duplicateIDs)")
        let links = site.pages.values.reduce(0) { $0 + $1.hrefs.count }
        #expect(links > 10)
    }

    @Test("only the tags Markdown makes, plus the pages' own anchors and line breaks", arguments: ["committed", "hostile"])
    func noRawHTMLFromSchemaText(_ which: String) throws {
        let site = try which == "committed" ? Self.committedSite() : Self.hostileSite()
        for page in site.pages.values {
            let unexpected = page.tagNames.subtracting(Self.allowedTags)
            #expect(unexpected.isEmpty, "\(page.name): \(unexpected.sorted())")
            // Raw `<a>` only as an anchor: never a link the schema text smuggled in.
            #expect(!page.html.contains("<a href=\"x\""), "\(page.name)")
            // A pipe escaped for a table cell but placed outside one would show its backslash.
            #expect(!page.html.contains("\\|"), "\(page.name) shows a backslash before a pipe")
        }
    }

    @Test("hostile schema text renders as literal text")
    func hostileTextIsLiteral() throws {
        let site = try Self.hostileSite()
        let page = try #require(site.pages["payment.md"])
        #expect(page.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.html.lowercased().contains("<script"))
        #expect(page.html.contains("*bold* _u_ [l](x)"))
        #expect(page.html.contains("`code` ``two`` a|b"))
        #expect(page.html.contains("국가 | 통화"))
        // Pipes escaped for a table cell come out as plain pipes, in code spans too (the value
        // is one KG Inicis does not support, so only the differences page has its row).
        let differences = try #require(site.pages["differences.md"])
        #expect(differences.html.contains("<code>EURO|€</code>"))
        // A line break in schema text never starts a heading or a list item.
        for page in site.pages.values {
            #expect(page.html.components(separatedBy: "<h1").count == 2, "\(page.name): one title")
            #expect(!page.html.contains(">heading</h"), "\(page.name)")
            #expect(RenderedPage.matches(#"<li[^>]*>(<p[^>]*>)?item"#, in: page.html, groups: 1).isEmpty, "\(page.name)")
        }
        // Backticks in example JSON stay inside the code block.
        #expect(page.html.contains("&quot;store-```-1&quot;"))
    }

    @Test("the index documents anchors that exist")
    func anchorSchemeExamplesResolve() throws {
        let site = try Self.committedSite()
        let index = try #require(site.pages["README.md"])
        // The scheme's examples are code, not links: check each against the pages.
        let examples = RenderedPage.matches(#"<code>([a-z-]+\.md)#([a-z0-9-]+)</code>"#, in: index.html, groups: 2)
        #expect(examples.count >= 8)
        for example in examples {
            #expect(site.pages[example[0]]?.ids.contains(example[1]) == true, "\(example[0])#\(example[1])")
        }
    }
}
