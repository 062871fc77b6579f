import Foundation
import InicisSchema
import InicisV2
import Testing

/// Every option string the schema and the guide give reads back as itself, through the generated
/// parsers (the same ones the validators call).
@Suite("Bypass option examples")
struct BypassExampleTests {
    struct TokenExample: CustomTestStringConvertible, Sendable {
        var grammarID: String
        var tokenID: String
        var contract: String?
        var text: String
        var testDescription: String { "\(grammarID)/\(tokenID): \(text)" }
    }

    static var schemaExamples: [TokenExample] {
        SchemaExamples.schema.grammars.flatMap { grammar in
            grammar.tokens.flatMap { token in
                token.examples.map { TokenExample(grammarID: grammar.id, tokenID: token.id, contract: token.contract, text: $0) }
            }
        }
    }

    @Test("Every token has at least one example")
    func everyTokenHasAnExample() {
        for grammar in SchemaExamples.schema.grammars {
            for token in grammar.tokens {
                #expect(!token.examples.isEmpty, "\(grammar.id)/\(token.id)")
            }
        }
    }

    @Test("Every token example of the schema parses and renders back byte for byte", arguments: schemaExamples)
    func schemaExample(_ example: TokenExample) throws {
        let type = try #require(BypassOptionTypes.type(example.grammarID))
        let option = try type.init(parsing: example.text)
        #expect(option.rendered == example.text)
        #expect(option.contract?.rawValue == example.contract)
    }

    /// The option strings of the guide (`inicis-integration-guide.ko.txt`, 연동 가이드 bypass 항목):
    /// the `(ex. …)` examples, the option lists, the bypass 예시 코드 and the billing-key `carduse`.
    static let guideStrings: [(grammarID: String, text: String)] = [
        ("acceptmethod", "SKIN(#C1272C)"),
        ("acceptmethod", "below1000"),
        ("acceptmethod", "ocb"),
        ("acceptmethod", "paypopup"),
        ("acceptmethod", "hidebar"),
        ("acceptmethod", "noeasypay"),
        ("acceptmethod", "slimquota(11-2:3^34-2:3)"),
        ("acceptmethod", "mallpoint(11:34)"),
        ("p-card-option", "selcode=14"),
        ("p-reserved", "below1000=Y"),
        ("p-reserved", "noeasypay=Y"),
        ("p-reserved", "global_visa3d=Y"),
        ("p-reserved", "apprun_check=Y"),
        ("carduse", "percard"),
        ("carduse", "cocard"),
    ]

    @Test("Every option string of the guide parses and renders back byte for byte", arguments: guideStrings.map { [$0.grammarID, $0.text] })
    func guideString(_ pair: [String]) throws {
        #expect(try BypassOptionTypes.reread(grammarID: pair[0], option: pair[1]) == pair[1])
    }

    @Test("The guide's bypass example reads into the typed PC and mobile sets and writes back the same strings")
    func guideBypassExample() throws {
        let entry = try #require(SchemaExamples.all.first { $0.example.id == "guide-bypass-as-written" })
        let request = try JSONDecoder().decode(Inicis.PaymentRequest.self, from: Data(entry.example.json.utf8))
        let bypass = try #require(request.bypass?.inicisV2)

        let pc = try bypass.pc
        #expect(pc.acceptMethod == [.skin("#C1272C"), .below1000, .okCashbag])
        #expect(pc.iniSSGPayMDN == "01012341234")
        let mobile = try bypass.mobile
        #expect(mobile.pCardOption == .selectedCard("14"))
        #expect(mobile.pReserved == [.below1000, .noEasyPay])

        // The typed sets hold the keys the schema knows; the guide's misspelt `P_NMANE` stays
        // among the unknown fields, and writing the sets back keeps it when it is carried over.
        #expect(bypass.unknownFields["P_NMANE"] == .string("포트원"))
        var rebuilt = Inicis.InicisV2Bypass(pc: pc, mobile: mobile)
        #expect(rebuilt.unknownFields.isEmpty)
        rebuilt.unknownFields = bypass.unknownFields
        #expect(rebuilt == bypass)
    }

    /// Wire names of the fields whose strings follow a grammar, with the grammar's id.
    static var grammarFields: [String: String] {
        var fields: [String: String] = [:]
        for object in SchemaExamples.schema.objects {
            for field in object.fields {
                if let grammar = field.grammar { fields[field.wireName] = grammar }
            }
        }
        return fields
    }

    /// The schema's examples say which option strings are grammar errors (`grammar-error` at
    /// `bypass.inicis_v2.acceptmethod[2]`) and which need a contract they do not declare
    /// (`contract-required`): the typed options find exactly those, as the validator does.
    @Test("The typed options find exactly the grammar errors and contracts the schema's examples expect", arguments: SchemaExamples.all)
    func examplesExpectations(_ entry: SchemaExamples.Entry) throws {
        let json = try JSONSerialization.jsonObject(with: Data(entry.example.json.utf8))
        guard let bypass = ((json as? [String: Any])?["bypass"] as? [String: Any])?["inicis_v2"] as? [String: Any] else { return }
        var errors: Set<String> = []
        var contracts: Set<String> = []
        for (key, grammarID) in Self.grammarFields {
            let options: [(path: String, text: String)] = switch bypass[key] {
            case let text as String: [("bypass.inicis_v2.\(key)", text)]
            case let texts as [String]: texts.enumerated().map { ("bypass.inicis_v2.\(key)[\($0.offset)]", $0.element) }
            default: []
            }
            for option in options {
                switch BypassOptionTypes.check(grammarID: grammarID, option: option.text) {
                // A contract the example declares is one the validator does not warn about.
                case .success(let contract?) where !entry.contracts.contains(contract): contracts.insert(option.path)
                case .success(.some): break
                case .success(nil): break
                case .failure: errors.insert(option.path)
                }
            }
        }
        let expected = entry.example.expectedIssues
        #expect(errors == Set(expected.filter { $0.code == "grammar-error" }.map(\.path)))
        let expectedContracts = Set(expected.filter { $0.code == "contract-required" && $0.path.hasPrefix("bypass.") }.map(\.path))
        #expect(contracts == expectedContracts)
    }
}
