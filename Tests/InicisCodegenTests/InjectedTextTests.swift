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
        "a", "br", "code", "details", "em", "h1", "h2", "h3", "h4", "li", "ol", "p", "pre", "strong", "summary", "table", "tbody", "td", "th", "thead", "tr", "ul",
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
            let bytes = [UInt8](html)
            let exampleTexts = Set(injection.examples.map(\.text))
            let hidden = Self.hiddenTexts(in: schema)
            for (text, lines) in injection.supply.issued where !exampleTexts.contains(text) && !hidden.contains(text) {
                for line in lines {
                    let found = ByteSearch.contains(bytes, Array(GFMRenderer.escaped(line).utf8))
                    #expect(found, "not rendered literally: \(line.prefix(300))")
                }
            }
            // Example requests are shown as JSON in a fenced block, one line per line of the JSON.
            for (_, json) in injection.examples {
                for line in TextLines.split(json) where !line.isEmpty {
                    let found = ByteSearch.contains(bytes, Array(GFMRenderer.escaped(line).utf8))
                    #expect(found, "example not rendered literally: \(line.prefix(300))")
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

    /// The texts no page shows (every other position is shown). Hidden: the documentation of objects no field shows (the
    /// request objects themselves and objects no operation reaches) except their differences,
    /// objects' summaries, enums no operation uses, the values a page does not list (those KG
    /// Inicis does not support, and long or English lists), and rule messages (shown only for a
    /// counter-example that breaks the rule). Grammar literals are shown inside their token's
    /// syntax. Computed once per schema: it lays the pages out, which takes a while with long texts.
    static func hiddenTexts(in schema: Schema) -> Set<String> {
        var hidden: [String] = []
        // What each operation shows, without rendering its pages again.
        let validator = ExampleValidator(schema: schema)
        let operations = schema.operations.map { OperationContext(operation: $0, schema: schema, validator: validator) }
        let bodies = Set(schema.operations.map(\.body))
        let reached = Set(operations.flatMap { $0.fields.occurrences.map(\.object.id) })
        for object in schema.objects {
            hidden += [object.documentation.summary].compactMap { $0 }
            if bodies.contains(object.id) || !reached.contains(object.id) {
                hidden += [object.documentation.description].compactMap { $0 } + object.documentation.notes.map(\.text)
            }
            guard !reached.contains(object.id) else { continue }
            hidden += differenceTexts(object.documentation)
            hidden += object.fields.flatMap { documentationTexts($0.documentation) }
            hidden += object.rules.map(\.source)
        }
        for rule in schema.objects.flatMap(\.rules) + schema.operations.flatMap(\.rules) {
            hidden += rule.message.map { [$0] } ?? []
        }
        for grammar in schema.grammars {
            for token in grammar.tokens {
                hidden += literals(token.elements)
            }
        }
        for enumType in schema.enums {
            let users = operations.filter { $0.enumIDs.contains(enumType.id) }
            guard !users.isEmpty else {
                hidden += documentationTexts(enumType.documentation) + enumType.values.flatMap { documentationTexts($0.documentation) }
                continue
            }
            let listed = Set(users.flatMap { ValueSection.displayedValues(of: enumType, in: $0) }.map(\.wire))
            for value in enumType.values {
                if !listed.contains(value.wire) {
                    hidden += [value.documentation.summary, value.documentation.description].compactMap { $0 } + value.documentation.notes.map(\.text)
                } else if let summary = value.documentation.summary, KoreanText.isEnglishPhrase(summary) {
                    hidden.append(summary)
                }
                hidden += [value.documentation.description].compactMap { $0 }
            }
        }
        return Set(hidden)
    }

    private static func documentationTexts(_ documentation: Documentation) -> [String] {
        [documentation.summary, documentation.description].compactMap { $0 } + documentation.notes.map(\.text) + differenceTexts(documentation)
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
