import Foundation
@testable import InicisCodegen
import InicisSchema
import PropertyBased
import Testing

/// Random hostile text in every documentation and free name position of a schema: every page
/// renders it literally with a real GFM renderer, and no table loses or gains a cell.
/// (That the generated Swift still compiles is proven by `GeneratedSwiftCompilesTests`, which
/// builds a batch of such schemas in one package.)
@Suite("Injected text")
struct InjectedTextTests {
    /// HTML the pages write on purpose; anything else came from the schema's text.
    static let allowedTags: Set<String> = [
        "a", "br", "code", "em", "h1", "h2", "h3", "h4", "li", "ol", "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
    ]

    @Test(.enabled(if: GFMRenderer.isAvailable, "needs cmark-gfm (apt-get install cmark-gfm)"))
    func pagesRenderInjectedTextLiterally() async throws {
        await propertyCheck(count: 10, input: Gen<UInt64>.value(in: 0...UInt64.max)) { seed in
            var injection = TextInjection(seed: seed)
            let schema = injection.inject(into: TextInjection.baseSchema)
            // The sample schema has known gaps (it is not a whole request); the text adds none.
            let errors = { (schema: Schema) in SchemaChecker.check(schema).filter { $0.severity == .error }.map(\.message) }
            #expect(errors(schema).count <= errors(TextInjection.baseSchema).count, "\(errors(schema))")
            let pages = TestGenerator.files(for: schema).filter { $0.path.hasPrefix("Docs/") }
            var html = Data()
            for page in pages {
                let rendered = try #require(try? GFMRenderer.render(page.contents))
                Self.expectOnlyAllowedTags(rendered, page: page.path)
                Self.expectTablesKeepTheirShape(page)
                html += Data(rendered.utf8)
            }
            let exampleTexts = Set(injection.examples.map(\.text))
            for (text, lines) in injection.supply.issued where !exampleTexts.contains(text) && Self.isShownOnPages(text, in: schema) {
                for line in lines {
                    #expect(html.range(of: Data(GFMRenderer.escaped(line).utf8)) != nil, "not rendered literally: \(line.prefix(300))")
                }
            }
            // Example requests are shown as JSON in a fenced block, one line per line of the JSON.
            for (_, json) in injection.examples {
                for line in TextLines.split(json) where !line.isEmpty {
                    #expect(html.range(of: Data(GFMRenderer.escaped(line).utf8)) != nil, "example not rendered literally: \(line.prefix(300))")
                }
            }
        }
    }

    static func expectOnlyAllowedTags(_ html: String, page: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let unexpected = GFMRenderer.tagNames(in: html).subtracting(allowedTags)
        #expect(unexpected.isEmpty, "\(page) has HTML tags no page writes: \(unexpected.sorted())", sourceLocation: sourceLocation)
    }

    /// Every row of a table has the header's number of cells: a `|` in the text that was not
    /// escaped would add one (GFM drops the excess silently, so the HTML cannot tell).
    static func expectTablesKeepTheirShape(_ page: GeneratedFile, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var headerCells: Int?
        for line in page.contents.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                headerCells = nil
                continue
            }
            let cells = unescapedPipes(in: line) - 1
            if let expected = headerCells {
                #expect(cells == expected, "\(page.path): a row with \(cells) cells under a header with \(expected): \(line.prefix(200))", sourceLocation: sourceLocation)
            } else {
                headerCells = cells
            }
        }
    }

    /// Cell delimiters as GFM's table parser finds them: every `|` not right after a backslash
    /// (it splits cells before reading escapes, so `\\|` is an escaped pipe too).
    static func unescapedPipes(in line: Substring) -> Int {
        var count = 0
        var previous: Unicode.Scalar = " "
        for character in line.unicodeScalars {
            if character == "|", previous != "\\" { count += 1 }
            previous = character
        }
        return count
    }

    /// The positions the pages show. Object documentation, objects and enums no operation uses, the guide
    /// differences of contracts, enums, grammars, tables and examples are not on any page (the
    /// Swift doc comments carry them); grammar literals are shown inside their token's syntax.
    static func isShownOnPages(_ text: String, in schema: Schema) -> Bool {
        var hidden = differenceTexts(schema.documentation)
        for object in schema.objects {
            hidden += documentationTexts(object.documentation)
        }
        for grammar in schema.grammars {
            hidden += differenceTexts(grammar.documentation)
            for token in grammar.tokens {
                hidden += differenceTexts(token.documentation) + literals(token.elements)
            }
        }
        let reached = Set(schema.operations.flatMap { OperationFields(operation: $0, schema: schema).occurrences.map(\.object.id) })
        for object in schema.objects where !reached.contains(object.id) {
            hidden += object.fields.flatMap { documentationTexts($0.documentation) }
            hidden += object.rules.flatMap { [$0.source] + ($0.message.map { [$0] } ?? []) }
        }
        let usedEnums = Set(schema.operations.flatMap { OperationFields(operation: $0, schema: schema).enumIDs() })
        for enumType in schema.enums where !usedEnums.contains(enumType.id) {
            hidden += documentationTexts(enumType.documentation) + enumType.values.flatMap { documentationTexts($0.documentation) }
        }
        for contract in schema.contracts {
            hidden += differenceTexts(contract.documentation)
        }
        for enumType in schema.enums {
            hidden += differenceTexts(enumType.documentation)
            for value in enumType.values {
                hidden += differenceTexts(value.documentation)
            }
        }
        for table in schema.payMethodTables {
            hidden += differenceTexts(table.documentation)
        }
        for example in schema.operations.flatMap(\.examples) {
            hidden += differenceTexts(example.documentation)
        }
        return !hidden.contains(text)
    }

    private static func documentationTexts(_ documentation: Documentation) -> [String] {
        [documentation.summary, documentation.description].compactMap { $0 } + documentation.notes + differenceTexts(documentation)
    }

    private static func differenceTexts(_ documentation: Documentation) -> [String] {
        documentation.differences.flatMap { [$0.guide, $0.wire, $0.explanation] }
    }

    private static func literals(_ elements: [GrammarElement]) -> [String] {
        elements.flatMap { element -> [String] in
            switch element {
            case .literal(let text): [text]
            case .value: []
            case .repetition(_, let separator, let inner): [separator] + literals(inner)
            }
        }
    }
}
