import InicisV2
import Testing

/// An option string read by its grammar's type (`init(parsing:)`) and by the validator, which
/// must agree: the contract it needs, or where it is wrong.
@Suite("Bypass option checks")
struct BypassOptionCheckTests {
    @Test("Valid options give the contract they need, or nil; the validator warns exactly then", arguments: [
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
        let result = BypassOptionTypes.check(grammarID: grammarID, option: option)
        #expect(try result.get()?.rawValue == contract)

        let site = try BypassOptionSite(grammarID: grammarID)
        let atOption = try site.issues(option).filter { $0.path.description == site.issuePath }
        #expect(atOption.map(\.code) == (contract == nil ? [] : [.contractRequired]), "\(atOption)")
        if let contract {
            #expect(try site.issues(option, contracts: [Inicis.Contract(rawValue: contract)]).filter { $0.path.description == site.issuePath } == [])
        }
    }

    @Test("Every grammar of the schema has a generated type, and every type a grammar")
    func everyGrammar() {
        #expect(BypassOptionTypes.all.map { $0.grammarID }.sorted() == SchemaExamples.schema.grammars.map(\.id).sorted())
    }

    @Test("A grammar's options are not options of another grammar: an error at offset 0, a grammar-error at the key", arguments: [
        ("acceptmethod", "below1000=Y"),
        ("p-reserved", "below1000"),
        ("carduse", "allcard"),
        ("p-card-option", "SKIN(#C1272C)"),
    ])
    func wrongGrammar(grammarID: String, option: String) throws {
        let result = BypassOptionTypes.check(grammarID: grammarID, option: option)
        guard case .failure(let error) = result else {
            Issue.record("expected a failure, got \(result)")
            return
        }
        #expect(error.offset == 0)

        let site = try BypassOptionSite(grammarID: grammarID)
        let issues = try site.issues(option).filter { $0.path.description == site.issuePath }
        #expect(issues.map(\.code) == [.grammarError], "\(issues)")
        #expect(issues.allSatisfy { $0.severity == .error && $0.message.contains(error.message) })
    }
}
