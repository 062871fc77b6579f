import InicisV2
import Testing

/// The entry point the validators use: grammar id and option string in, contract or error out.
@Suite("Bypass grammar catalog")
struct BypassCatalogTests {
    @Test("Valid options give the contract they need, or nil", arguments: [
        ("acceptmethod", "SKIN(#C1272C)", nil),
        ("acceptmethod", "below1000", nil),
        ("acceptmethod", "ocb", "ok-cashbag"),
        ("acceptmethod", "slimquota(11-2:3^34-2:3)", "partial-free-interest"),
        ("acceptmethod", "mallpoint(11:34)", "mall-point"),
        ("p-reserved", "below1000=Y", nil),
        ("p-card-option", "selcode=14", nil),
        ("carduse", "percard", nil),
        ("carduse", "cocard", nil),
    ] as [(String, String, String?)])
    func validOptions(grammarID: String, option: String, contract: String?) throws {
        let result = BypassGrammarCatalog.check(grammarID: grammarID, option: option)
        #expect(try result.get() == contract)
    }

    @Test("An unknown grammar id is an error at offset 0")
    func unknownGrammar() {
        let result = BypassGrammarCatalog.check(grammarID: "acceptmethods", option: "ocb")
        guard case .failure(let error) = result else {
            Issue.record("expected a failure, got \(result)")
            return
        }
        #expect(error.offset == 0)
        #expect(error.message.contains("acceptmethods"))
    }

    @Test("Every grammar of the schema is in the catalog")
    func everyGrammar() {
        #expect(BypassGrammarCatalog.grammarIDs == SchemaExamples.schema.grammars.map(\.id))
    }

    @Test("A grammar's options are not options of another grammar", arguments: [
        ("acceptmethod", "below1000=Y"),
        ("p-reserved", "below1000"),
        ("carduse", "allcard"),
        ("p-card-option", "SKIN(#C1272C)"),
    ])
    func wrongGrammar(grammarID: String, option: String) {
        let result = BypassGrammarCatalog.check(grammarID: grammarID, option: option)
        guard case .failure(let error) = result else {
            Issue.record("expected a failure, got \(result)")
            return
        }
        #expect(error.offset == 0)
    }
}
