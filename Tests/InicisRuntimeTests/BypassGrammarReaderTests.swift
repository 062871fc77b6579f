@_spi(InicisCodegen) @testable import InicisRuntime
import Testing

@Suite("Bypass grammar reader")
struct BypassGrammarReaderTests {
    private let reader = SampleTables.catalog.bypassReader("options")

    @Test func readsTokensWithTheirValuesAndRepetitions() throws {
        #expect(try reader.read("SKIN(#C1272C)") == Inicis.BypassMatch(token: "skin", contract: nil, captures: [.value("#C1272C")]))
        #expect(try reader.read("below1000") == Inicis.BypassMatch(token: "below1000", contract: nil, captures: []))
        #expect(try reader.read("slimquota(11-2:3^34-2)") == Inicis.BypassMatch(token: "slimquota", contract: "vat-tax-free", captures: [
            .repetition([[.value("11"), .repetition([[.value("2")], [.value("3")]])], [.value("34"), .repetition([[.value("2")]])]]),
        ]))
        #expect(try reader.read("cur=USD").captures == [.value("USD")])
    }

    @Test(arguments: [
        ("SKIN(#C1272)", 11, "#RRGGBB 형식의 색상이 필요합니다: 16진수 6자리 중 5자리만 있습니다"),
        ("SKIN(#C1272CC)", 12, "#RRGGBB 형식의 색상이 필요합니다: 16진수는 6자리입니다"),
        ("SKIN(#C1272C", 12, "여기에는 ')'만 올 수 있습니다"),
        ("slimquota(11-2:3", 16, "여기에는 ':', '^' 또는 ')'만 올 수 있습니다"),
        ("slimquota(1-2)", 11, "카드코드: 숫자 2자리가 필요합니다"),
        ("slimquota(11-1)", 13, "개월: 2~36 사이의 숫자여야 합니다 (입력: 1)"),
        ("slimquota(11-02)", 13, "개월: 0으로 시작하는 숫자는 쓸 수 없습니다"),
        ("below1000x", 0, "알 수 없는 옵션: 'below1000x', 비슷한 옵션: 'below1000'"),
        ("skin(#C1272C)", 0, "알 수 없는 옵션: 'skin(#C1272C)', 비슷한 옵션: 'SKIN(#RRGGBB)'"),
        ("nothing like it", 0, "알 수 없는 옵션: 'nothing like it'"),
        ("", 0, "옵션이 비어 있습니다"),
        ("cur=KRWX", 7, "옵션이 여기서 끝나야 합니다"),
        ("cur=JPY", 4, "통화: 'KRW', 'USD', 'EUR' 중 하나가 필요합니다"),
    ])
    func reportsWhereAndWhyItStopped(text: String, offset: Int, message: String) {
        #expect(throws: Inicis.Bypass.SyntaxError(offset: offset, message: message)) { try reader.read(text) }
    }

    @Test func errorsDescribeThemselves() {
        let error = Inicis.Bypass.SyntaxError(offset: 11, message: "이유")
        #expect(error.description == "12번째 문자: 이유")
        #expect(error.errorDescription == "옵션 문법 오류, 12번째 문자: 이유")
    }
}
