@testable import InicisCodegen
import InicisSchema
import Testing

/// Snippets of the builders emitted for the hand-built grammars of `SampleSchema`
/// (`SampleGrammars.swift`); `GeneratedSwiftCompilesTests` compiles all of them.
@Suite("Bypass builders")
struct BypassBuildersTests {
    let output = GeneratedOutput()
    var cardOption: String { output["Swift/Bypass/CardOption.swift"] }

    @Test func filesAreLaidOut() {
        let paths = output.files.map(\.path).filter { $0.hasPrefix("Swift/Bypass/") }
        #expect(paths == [
            "Swift/Bypass/BypassFieldError.swift",
            "Swift/Bypass/BypassGrammarCatalog.swift",
            "Swift/Bypass/BypassOption.swift",
            "Swift/Bypass/BypassOptionParser.swift",
            "Swift/Bypass/BypassScanner.swift",
            "Swift/Bypass/BypassSyntaxError.swift",
            "Swift/Bypass/CardKind+BypassValue.swift",
            "Swift/Bypass/CardOption.swift",
            "Swift/Bypass/Count.swift",
            "Swift/Bypass/Default.swift",
            "Swift/Bypass/Flags.swift",
            "Swift/Bypass/HexColor.swift",
            "Swift/Bypass/OneOrMore.swift",
            "Swift/Bypass/Parser.swift",
            "Swift/Bypass/SampleBypass+Typed.swift",
        ])
    }

    @Test func aCasePerTokenWithItsHoles() {
        #expect(cardOption.contains("public enum CardOption: BypassOption {\n"))
        #expect(cardOption.contains("    case select(Default)\n"))
        #expect(cardOption.contains("    case kinds(OneOrMore<KindsGroup>)\n"))
        #expect(cardOption.contains("    case pair(parser: Parser, text: HexColor)\n"))
        #expect(cardOption.contains("    case quotes\n"))
    }

    @Test func keywordOnlyGrammarsAreCaseIterable() {
        #expect(output["Swift/Bypass/Flags.swift"].contains("public enum Flags: BypassOption, CaseIterable {\n    /// - 문법: `on=Y`\n"))
        #expect(output["Swift/Bypass/Flags.swift"].contains("    case `default`\n"))
    }

    @Test func literalsAreEscapedSwiftStrings() {
        #expect(cardOption.contains(#"""
                    case .select(let `default`):
                        "sel\"code\\(=" + `default`.rendered
            """#))
        #expect(cardOption.contains(#"            "kinds[" + groups.rendered(separator: "\\") + "]""#))
        #expect(cardOption.contains(#"parser.keyword("\"\"\"", .quotes)"#))
    }

    @Test func parsersReadEachElementInOrder() {
        #expect(cardOption.contains(#"""
                    parser.attempt("kinds[", shownAs: "kinds[<종류>*<count>,…\\…]") { (scanner: inout BypassScanner) throws(BypassSyntaxError) in
                        let groups: OneOrMore<KindsGroup> = try scanner.repeated(separator: "\\")
                        try scanner.expect("]")
                        return .kinds(groups)
                    }
            """#))
    }

    /// A token that starts with a value is tried on every text; holes named like the parser's
    /// locals get a suffix.
    @Test func tokenWithoutLeadingLiteralAndReservedNames() {
        #expect(cardOption.contains(#"""
                    parser.attempt("", shownAs: "<parser>/#RRGGBB") { (scanner: inout BypassScanner) throws(BypassSyntaxError) in
                        let parserValue = try Parser.scan(&scanner)
                        try scanner.expect("/")
                        let textValue = try HexColor.scan(&scanner)
                        return .pair(parser: parserValue, text: textValue)
                    }
            """#))
    }

    @Test func contractsListEveryCaseWithoutDefault() {
        #expect(cardOption.contains("""
                    switch self {
                    case .select, .pair, .quotes: nil
                    case .kinds: "vat-tax-free"
                    }
            """))
    }

    @Test func repetitionsOfSeveralValuesAreNestedRecords() {
        #expect(cardOption.contains("""
                public struct KindsGroup: Hashable, Sendable {
                    public var kind: CardKind
                    public var counts: OneOrMore<Count>
            """))
        #expect(cardOption.contains("""
            extension CardOption.KindsGroup: BypassValue {
                static func scan(_ scanner: inout BypassScanner) throws(BypassSyntaxError) -> CardOption.KindsGroup {
                    let kind = try CardKind.scan(&scanner)
                    try scanner.expect("*")
                    let counts: OneOrMore<Count> = try scanner.repeated(separator: ",")
                    return CardOption.KindsGroup(kind: kind, counts: counts)
                }

                var rendered: String { kind.rendered + "*" + counts.rendered(separator: ",") }
            }
            """))
        #expect(cardOption.contains("public static func kinds(_ pairs: KeyValuePairs<CardKind, OneOrMore<Count>>) -> CardOption {"))
    }

    @Test func valueTypesCarryTheirRuleAndEscapedLabel() {
        let code = output["Swift/Bypass/Default.swift"]
        #expect(code.contains("public struct Default: Hashable, Sendable, RawRepresentable, Codable, CustomStringConvertible {"))
        #expect(code.contains(#"Default(unchecked: try scanner.digits(count: 3, label: "코드 \"`|<b>\\(x)"))"#))
        #expect(output["Swift/Bypass/Count.swift"].contains("Count(unchecked: try scanner.integer(minimum: nil, maximum: nil, label: \"count\"))"))
        #expect(output["Swift/Bypass/CardKind+BypassValue.swift"].contains("try scanner.oneOf(allCases.map { ($0.rawValue, $0) }, label: \"종류\")"))
    }

    @Test func catalogDispatchesOnGrammarIDs() {
        let catalog = output["Swift/Bypass/BypassGrammarCatalog.swift"]
        #expect(catalog.contains("public static let grammarIDs: [String] = [\"card-option\", \"flags\"]"))
        #expect(catalog.contains("        case \"card-option\": check(CardOption.self, option)\n        case \"flags\": check(Flags.self, option)\n"))
    }

    @Test func typedSetsPerPlatform() {
        let typed = output["Swift/Bypass/SampleBypass+Typed.swift"]
        #expect(typed.contains("    public struct PC: Hashable, Sendable {"))
        #expect(typed.contains("        public var pCardOption: CardOption?\n"))
        #expect(typed.contains("        public var flags: [Flags]?\n"))
        // On both platforms: in both sets; the PC value wins when both are set.
        #expect(typed.contains(#"            flags: (pc?.flags ?? mobile?.flags)?.map(\.rendered),"#))
        #expect(typed.contains("            pCardOption: mobile?.pCardOption?.rendered,\n"))
        // The object has a field named `pc`, so the PC reader is `typedPC`.
        #expect(typed.contains("    public var typedPC: PC {\n        get throws(BypassFieldError) {"))
        #expect(typed.contains(#"                pCardOption: try BypassFieldError.parse(pCardOption, key: "P_CARD_OPTION"),"#))
        // An object with required fields gets no typed sets.
        #expect(!output.files.contains { $0.path == "Swift/Bypass/PaymentRequest+Typed.swift" })
    }

    @Test func noGrammarsNoBuilders() {
        var schema = SampleSchema.schema
        schema.grammars = []
        let files = GeneratedOutput(schema).files
        #expect(!files.contains { $0.path.hasPrefix("Swift/Bypass/") || $0.path == "Docs/bypass.md" })
    }

    @Test func notation() {
        #expect(GrammarNotation.text(of: SampleSchema.cardOptionGrammar.tokens[1].elements) == "kinds[<종류>*<count>,…\\…]")
        #expect(GrammarNotation.text(of: SampleSchema.cardOptionGrammar.tokens[2].elements) == "<parser>/#RRGGBB")
    }

    @Test func builderCallsOfExamples() {
        let call = BuilderCall(schema: SampleSchema.schema)
        let tokens = SampleSchema.cardOptionGrammar.tokens
        #expect(call.expression(for: tokens[0], example: "sel\"code\\(=007") == ".select(\"007\")")
        #expect(call.expression(for: tokens[1], example: "kinds[VISA_GOLD*1,20\\default*3]")
            == ".kinds([.init(kind: .visaGold, counts: [1, 20]), .init(kind: .`default`, counts: [3])])")
        #expect(call.pairExpression(for: tokens[1], example: "kinds[VISA*1]") == ".kinds([.visa: [1]])")
        #expect(call.expression(for: tokens[2], example: "12/#a0B1c2") == ".pair(parser: \"12\", text: \"#a0B1c2\")")
        #expect(call.expression(for: tokens[3], example: "\"\"\"") == ".quotes")
        #expect(call.pairExpression(for: tokens[2], example: "12/#a0B1c2") == nil)
    }

    @Test("Examples that do not follow the syntax have no builder call", arguments: ["kinds[]", "kinds[VISA*]", "kinds[VISA*1", "kinds[VISA*1]x", "kinds[MASTER*1]"])
    func malformedExamples(_ example: String) {
        #expect(BuilderCall(schema: SampleSchema.schema).expression(for: SampleSchema.cardOptionGrammar.tokens[1], example: example) == nil)
    }

    @Test func bypassPageShowsSyntaxExamplesCallsAndContracts() {
        let page = output["Docs/bypass.md"]
        #expect(page.contains("### <a id=\"bypass-card-option-kinds\"></a>종류별 개수\n\n- 문법: `kinds[<종류>*<count>,…\\…]`\n"))
        #expect(page.contains("- 예: `kinds[VISA_GOLD*1,20\\default*3]` ← Swift: ``.kinds([.init(kind: .visaGold, counts: [1, 20]), .init(kind: .`default`, counts: [3])])``"))
        #expect(page.contains("- 별도 계약: [부가세 및 비과세 금액 직접 설정](contracts.md#contract-vat-tax-free) (`vat-tax-free`)."))
        #expect(page.contains("| `SampleBypass.Mobile` | [`P_CARD_OPTION`](#grammar-card-option), [`flags`](#grammar-flags) |"))
        #expect(output["Docs/README.md"].contains("- [bypass 옵션 문자열과 Swift 빌더](bypass.md)"))
        #expect(output["Docs/contracts.md"].contains("- [`card-option` · `kinds[<종류>*<count>,…\\…]`](bypass.md#bypass-card-option-kinds)"))
        #expect(output["Docs/payment.md"].contains("옵션 문법: [`card-option`](bypass.md#grammar-card-option)"))
    }
}
