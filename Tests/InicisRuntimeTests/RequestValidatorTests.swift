import Foundation
@_spi(InicisCodegen) @testable import InicisRuntime
import Testing

@Suite("Validation engine")
struct RequestValidatorTests {
    static let now = Inicis.RFC3339.instant("2026-01-01T00:00:00+09:00").map(Date.init(timeIntervalSince1970:))!

    /// `path code severity`, one per issue, in the order the validator returns them.
    private func issues(_ json: String, operation: String = "payment", platform: Inicis.Platform = .pc, contracts: Set<Inicis.Contract> = []) throws -> [String] {
        try SampleTables.catalog
            .validate(json: Data(json.utf8), operation: operation, platform: platform, contracts: contracts, now: Self.now)
            .map { "\($0.path.isRoot ? "(root)" : $0.path.description) \($0.code) \($0.severity.rawValue)" }
    }

    private static let clean = #"{"storeId":"s","amount":1000,"currency":"KRW","customer":{"fullName":"홍길동","email":"a@b.c"}}"#

    @Test func aCleanRequestHasNoIssues() throws {
        #expect(try issues(Self.clean) == [])
        #expect(try issues(#"{"storeId":"s","amount":1000,"currency":"KRW"}"#, platform: .mobile) == [])
    }

    @Test func requirednessDependsOnThePlatform() throws {
        #expect(try issues(#"{"currency":"KRW"}"#) == ["amount missing-required error", "customer missing-required error", "storeId missing-required error"])
        #expect(try issues(#"{"currency":"KRW"}"#, platform: .mobile) == ["amount missing-required error", "storeId missing-required error"])
        #expect(try issues(#"{"storeId":"s","amount":1000,"currency":"KRW","customer":{}}"#) == [
            "customer customer-name error", "customer.email missing-required error",
        ])
    }

    @Test func nullCountsAsAbsent() throws {
        #expect(try issues(#"{"storeId":null,"amount":1000,"currency":"KRW","customer":{"fullName":"a","email":"b"}}"#) == ["storeId missing-required error"])
    }

    @Test func reportsEveryProblemNotTheFirst() throws {
        let json = #"{"storeId":1,"amount":"1000","currency":"WON","locale":"ko","popup":true,"fixedOption":"x","extra":1,"customer":{"fullName":"a","email":"b","nickname":"c"}}"#
        #expect(try issues(json, platform: .mobile) == [
            "amount wrong-type error",
            "currency invalid-enum-value error",
            "customer.nickname unknown-key warning",
            "extra unknown-key warning",
            "fixedOption removed-parameter warning",
            "locale ignored-parameter warning",
            "popup unsupported-on-platform warning",
            "storeId wrong-type error",
        ])
    }

    @Test func duplicateKeysAreErrorsAtTheirPathAtEveryDepth() throws {
        let json = #"{"storeId":"s","amount":1000,"amount":1,"currency":"KRW","x":1,"x":2,"customer":{"fullName":"a","email":"b","email":"c"}}"#
        // Rules still look at every value: the second `amount` is out of range too.
        #expect(try issues(json) == [
            "amount amount-range error", "amount duplicate-key error", "customer.email duplicate-key error",
            "x duplicate-key error", "x unknown-key warning",
        ])
    }

    @Test func enumAliasesAreCanonicalValues() throws {
        let json = #"{"storeId":"s","amount":1000,"currency":"CURRENCY_USD","payMethod":"CARD","customer":{"fullName":"a","email":"b"}}"#
        #expect(try issues(json) == [])
        let notCard = json.replacingOccurrences(of: "CARD", with: "MOBILE").replacingOccurrences(of: "}}", with: "},\"productType\":\"REAL\"}")
        #expect(try issues(notCard) == ["currency usd-card-only error"])
    }

    @Test func conditionalRulesApplyOnlyWhenTheirConditionsHold() throws {
        let mobile = #"{"storeId":"s","amount":1000,"currency":"KRW","payMethod":"MOBILE"}"#
        #expect(try issues(mobile, platform: .mobile) == ["productType mobile-product-type error"])
    }

    @Test func formatsRangesFutureAndContracts() throws {
        let json = #"{"storeId":"s","amount":50,"currency":"KRW","paymentId":"결제-1","dueDate":"2025-01-01T00:00:00Z","vatAmount":10}"#
        #expect(try issues(json, platform: .mobile) == [
            "amount amount-range error", "dueDate due-date-future error", "paymentId payment-id-ascii error",
            "vatAmount contract-required warning", "vatAmount vat-contract-on-mobile warning",
        ])
        #expect(try issues(json, platform: .mobile, contracts: [Inicis.Contract(rawValue: "vat-tax-free")]) == [
            "amount amount-range error", "dueDate due-date-future error", "paymentId payment-id-ascii error",
        ])
        #expect(try issues(#"{"storeId":"s","amount":1,"currency":"KRW","dueDate":"2025-01-01 00:00:00"}"#, platform: .mobile) == [
            "amount amount-range error", "dueDate invalid-format error",
        ])
    }

    @Test func oneOfObjectsNeedExactlyOneAlternative() throws {
        let base = #"{"storeId":"s","amount":1000,"currency":"KRW","period":PERIOD}"#
        func period(_ text: String) throws -> [String] { try issues(base.replacingOccurrences(of: "PERIOD", with: text), platform: .mobile) }
        #expect(try period(#"{"interval":"1m"}"#) == [])
        #expect(try period(#"{}"#) == ["period one-of error"])
        #expect(try period(#"{"interval":"1m","range":{"from":"2026-02-01T00:00:00Z","to":"2026-01-01T00:00:00Z"}}"#) == [
            "period one-of error", "period.range.to range-order error",
        ])
    }

    @Test func arraysAreWalkedElementByElement() throws {
        let json = #"{"storeId":"s","amount":1000,"currency":"KRW","items":[{"name":"a"},{"currency":"EURO"},"x"],"popup":true}"#
        #expect(try issues(json) == [
            "customer missing-required error",
            "items[1].currency invalid-enum-value error",
            "items[1].name missing-required error",
            "items[2] wrong-type error",
            "popup no-popup-with-items error",
        ])
    }

    @Test func freeFormJSONIsAnythingButStillHasNoDuplicateKeys() throws {
        let json = #"{"storeId":"s","amount":1000,"currency":"KRW","customData":{"a":[1,{"b":null,"c":[]}],"z":"x"}}"#
        #expect(try issues(json, platform: .mobile) == [])
        let duplicated = #"{"storeId":"s","amount":1000,"currency":"KRW","customData":{"a":[{"b":1,"b":2}],"a":2}}"#
        #expect(try issues(duplicated, platform: .mobile) == ["customData.a duplicate-key error", "customData.a[0].b duplicate-key error"])
    }

    @Test func bypassOptionsFollowTheirGrammarAndNeedTheirContracts() throws {
        let json = #"{"storeId":"s","amount":1000,"currency":"KRW","options":["SKIN(#C1272C)","below1000","slimquota(11-2:3^34-2:3)","SKIN(#C1272)","hidebar","cur=KRW"]}"#
        #expect(try issues(json, platform: .mobile) == [
            "options[2] contract-required warning", "options[3] grammar-error error", "options[4] grammar-error error",
        ])
    }

    @Test func theRootMustBeAnObjectAndThePlatformTheOperations() throws {
        #expect(try issues("[1, 2]") == ["(root) wrong-type error"])
        #expect(try issues(#"{"name":"a"}"#, operation: "rest-call", platform: .pc) == ["(root) platform-mismatch error"])
        #expect(try issues(#"{"name":"a"}"#, operation: "rest-call", platform: .api) == [])
    }

    @Test func messagesNeverShowPersonalOrCardValues() throws {
        let secret = "홍길동-4111111111111111"
        let json = #"{"storeId":"s","amount":1000,"currency":"KRW","customer":{"fullName":"SECRET","email":1,"cardNumber":"SECRET","x":"SECRET"}}"#
            .replacingOccurrences(of: "SECRET", with: secret)
        let found = try SampleTables.catalog.validate(json: Data(json.utf8), operation: "payment", platform: .pc, contracts: [], now: Self.now)
        #expect(!found.isEmpty)
        for issue in found {
            #expect(!issue.message.contains("4111") && !issue.message.contains("홍길동"), "\(issue)")
        }
    }

    @Test func messagesAreKoreanWithTheRightParticles() throws {
        let found = try SampleTables.catalog.validate(json: Data(#"{"currency":"KRW","customer":{"fullName":"a"}}"#.utf8), operation: "payment", platform: .pc, contracts: [], now: Self.now)
        let messages = Dictionary(found.map { ($0.path.description, $0.message) }, uniquingKeysWith: { first, _ in first })
        #expect(messages["customer.email"] == "필수 파라미터 구매자 이메일이 없습니다. PC에서는 반드시 입력해야 합니다.")
        #expect(messages["amount"] == "필수 파라미터 결제 금액이 없습니다. PC에서는 반드시 입력해야 합니다.")
        #expect(messages["storeId"] == "필수 파라미터 상점 아이디가 없습니다. PC에서는 반드시 입력해야 합니다.")
    }

    @Test func unknownKeysSuggestTheNearestKnownOne() throws {
        let found = try SampleTables.catalog.validate(json: Data(#"{"storeID":"s"}"#.utf8), operation: "payment", platform: .mobile, contracts: [], now: Self.now)
        #expect(found.first { $0.code == .unknownKey }?.message.hasSuffix("비슷한 키: \"storeId\"") == true)
    }
}
