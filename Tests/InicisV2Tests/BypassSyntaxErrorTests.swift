import InicisV2
import Testing

/// Each malformed option string gives one error, at the character where it goes wrong, saying
/// what belongs there.
@Suite("Bypass syntax errors")
struct BypassSyntaxErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var grammarID: String
        var text: String
        var offset: Int
        /// A part of the message that says what was expected.
        var message: String
        var testDescription: String { "\(grammarID): \(text)" }
    }

    static let cases: [Case] = [
        // SKIN(#RRGGBB)
        .init(grammarID: "acceptmethod", text: "SKIN(C1272C)", offset: 5, message: "#RRGGBB 형식의 색상이 필요합니다"),
        .init(grammarID: "acceptmethod", text: "SKIN(#C1272)", offset: 11, message: "16진수 6자리 중 5자리만 있습니다"),
        .init(grammarID: "acceptmethod", text: "SKIN(#C1272CC)", offset: 12, message: "16진수는 6자리입니다"),
        .init(grammarID: "acceptmethod", text: "SKIN(#C1G72C)", offset: 8, message: "16진수 6자리 중 2자리만 있습니다"),
        .init(grammarID: "acceptmethod", text: "SKIN(#ＣＣ272C)", offset: 6, message: "16진수 6자리 중 0자리만 있습니다"),
        .init(grammarID: "acceptmethod", text: "SKIN(#C1272C", offset: 12, message: "여기에는 ')'만 올 수 있습니다"),
        .init(grammarID: "acceptmethod", text: "SKIN(#C1272C))", offset: 13, message: "옵션이 여기서 끝나야 합니다"),
        // slimquota(<카드코드>-<개월>:…^…)
        .init(grammarID: "acceptmethod", text: "slimquota(11-2,3)", offset: 14, message: "여기에는 ':', '^' 또는 ')'만 올 수 있습니다"),
        .init(grammarID: "acceptmethod", text: "slimquota(11-2:3^34-)", offset: 20, message: "개월: 2~36 사이의 숫자가 필요합니다"),
        .init(grammarID: "acceptmethod", text: "slimquota(11-2:3", offset: 16, message: "여기에는 ':', '^' 또는 ')'만 올 수 있습니다"),
        .init(grammarID: "acceptmethod", text: "slimquota(11-1)", offset: 13, message: "개월: 2~36 사이의 숫자여야 합니다 (입력: 1)"),
        .init(grammarID: "acceptmethod", text: "slimquota(11-37)", offset: 13, message: "(입력: 37)"),
        .init(grammarID: "acceptmethod", text: "slimquota(11-02)", offset: 13, message: "0으로 시작하는 숫자는 쓸 수 없습니다"),
        .init(grammarID: "acceptmethod", text: "slimquota(11-99999999999999999999)", offset: 13, message: "(입력: 너무 큰 수)"),
        .init(grammarID: "acceptmethod", text: "slimquota(1-2)", offset: 11, message: "카드코드: 숫자 2자리가 필요합니다"),
        .init(grammarID: "acceptmethod", text: "slimquota(111-2)", offset: 12, message: "카드코드: 숫자는 2자리입니다"),
        .init(grammarID: "acceptmethod", text: "slimquota()", offset: 10, message: "카드코드: 숫자 2자리가 필요합니다"),
        .init(grammarID: "acceptmethod", text: "slimquota(11:2)", offset: 12, message: "여기에는 '-'만 올 수 있습니다"),
        // mallpoint(<카드코드>:…)
        .init(grammarID: "acceptmethod", text: "mallpoint(11:)", offset: 13, message: "카드코드: 숫자 2자리가 필요합니다"),
        .init(grammarID: "acceptmethod", text: "mallpoint(11;34)", offset: 12, message: "여기에는 ':' 또는 ')'만 올 수 있습니다"),
        .init(grammarID: "acceptmethod", text: "mallpoint(11^34)", offset: 12, message: "여기에는 ':' 또는 ')'만 올 수 있습니다"),
        // Unknown options, with the nearest suggested when it is close.
        .init(grammarID: "acceptmethod", text: "foo", offset: 0, message: "알 수 없는 옵션: 'foo'"),
        .init(grammarID: "acceptmethod", text: "skin(#C1272C)", offset: 0, message: "비슷한 옵션: 'SKIN(#RRGGBB)'"),
        .init(grammarID: "acceptmethod", text: "belo1000", offset: 0, message: "비슷한 옵션: 'below1000'"),
        .init(grammarID: "acceptmethod", text: "below1000=Y", offset: 0, message: "비슷한 옵션: 'below1000'"),
        .init(grammarID: "acceptmethod", text: "slimqouta(11-2)", offset: 0, message: "비슷한 옵션: 'slimquota(<카드코드>-<개월>:…^…)'"),
        .init(grammarID: "acceptmethod", text: "", offset: 0, message: "옵션이 비어 있습니다"),
        .init(grammarID: "p-reserved", text: "below1000=N", offset: 0, message: "비슷한 옵션: 'below1000=Y'"),
        .init(grammarID: "p-reserved", text: "below1000", offset: 0, message: "비슷한 옵션: 'below1000=Y'"),
        .init(grammarID: "p-reserved", text: "global-visa3d=Y", offset: 0, message: "비슷한 옵션: 'global_visa3d=Y'"),
        // selcode=<카드코드>
        .init(grammarID: "p-card-option", text: "selcode=1", offset: 9, message: "카드코드: 숫자 2자리가 필요합니다"),
        .init(grammarID: "p-card-option", text: "selcode=", offset: 8, message: "카드코드: 숫자 2자리가 필요합니다"),
        .init(grammarID: "p-card-option", text: "selcode=145", offset: 10, message: "카드코드: 숫자는 2자리입니다"),
        .init(grammarID: "p-card-option", text: "selcode=14 ", offset: 10, message: "옵션이 여기서 끝나야 합니다"),
        .init(grammarID: "p-card-option", text: "14", offset: 0, message: "알 수 없는 옵션: '14'"),
        // carduse
        .init(grammarID: "carduse", text: "allcard", offset: 0, message: "알 수 없는 옵션: 'allcard'"),
        .init(grammarID: "carduse", text: "percard ", offset: 0, message: "비슷한 옵션: 'percard'"),
        .init(grammarID: "carduse", text: "PERCARD", offset: 0, message: "비슷한 옵션: 'percard'"),
    ]

    @Test("A malformed option gives one error at the expected offset", arguments: cases)
    func malformed(_ testCase: Case) {
        let result = BypassOptionTypes.check(grammarID: testCase.grammarID, option: testCase.text)
        guard case .failure(let error) = result else {
            Issue.record("expected an error, got \(result)")
            return
        }
        #expect(error.offset == testCase.offset, "\(error)")
        #expect(error.message.contains(testCase.message), "\(error)")
        #expect(error.description == "\(testCase.offset + 1)번째 문자: \(error.message)")
    }

    @Test("An unknown option quotes at most 30 characters")
    func longUnknownOption() {
        let text = String(repeating: "x", count: 100)
        #expect(throws: Inicis.Bypass.SyntaxError(offset: 0, message: "알 수 없는 옵션: '\(String(repeating: "x", count: 30))…'")) {
            try Inicis.AcceptMethod(parsing: text)
        }
    }

    @Test("Offsets count characters: a combining mark joins the character before it")
    func offsetsCountCharacters() {
        // `)` followed by U+0301 is one Character that is not `)`.
        #expect(throws: Inicis.Bypass.SyntaxError(offset: 12, message: "여기에는 ')'만 올 수 있습니다")) {
            try Inicis.AcceptMethod(parsing: "SKIN(#C1272C)\u{301}")
        }
    }

    /// `CardCode` written as a literal uses the literal initializer (it stops the program); text
    /// from elsewhere goes through the throwing one.
    @Test("The throwing initializers of value types report the same errors as the parsers")
    func valueTypes() throws {
        let (one, three, forty, thirtySix, shortColor) = ("1", "123", 40, 36, "#12345")
        #expect(throws: Inicis.Bypass.SyntaxError(offset: 1, message: "카드코드: 숫자 2자리가 필요합니다")) { try Inicis.Bypass.CardCode(one) }
        #expect(throws: Inicis.Bypass.SyntaxError(offset: 2, message: "카드코드: 숫자는 2자리입니다")) { try Inicis.Bypass.CardCode(three) }
        #expect(throws: Inicis.Bypass.SyntaxError(offset: 0, message: "개월: 2~36 사이의 숫자여야 합니다 (입력: 40)")) { try Inicis.Bypass.Month(forty) }
        #expect(throws: Inicis.Bypass.SyntaxError(offset: 6, message: "#RRGGBB 형식의 색상이 필요합니다: 16진수 6자리 중 5자리만 있습니다")) { try Inicis.Bypass.HexColor(shortColor) }
        #expect((try? Inicis.Bypass.CardCode(one)) == nil)
        #expect(try Inicis.Bypass.Month(thirtySix).rawValue == 36)
        #expect(Inicis.Bypass.HexColor(red: 0xC1, green: 0x27, blue: 0x2C).rawValue == "#C1272C")
    }
}
