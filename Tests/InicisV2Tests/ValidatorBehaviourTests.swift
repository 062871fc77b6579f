import Foundation
import InicisSchema
import InicisV2
import Testing

/// The engine's generic behaviour, through the public API: strict RFC 3339, JSON types, `null`,
/// one-of objects, paths.
@Suite("Validator behaviour")
struct ValidatorBehaviourTests {
    /// A clean payment schedule with `timeToPay` replaced.
    static func schedule(timeToPay: String) -> String {
        """
        {"payment": {"billingKey": "b", "orderName": "o", "amount": {"total": 1}, "currency": "KRW",
                     "customer": {"name": {"full": "홍길동"}, "phoneNumber": "010", "email": "a@b.c"}},
         "timeToPay": \(JSONText.quoted(timeToPay))}
        """
    }

    @Test("RFC 3339 date-times are accepted", arguments: [
        "2023-01-01T00:00:00+09:00", "2023-01-01T00:00:00Z", "2023-01-01t00:00:00z", "2024-02-29T23:59:60.123456789-05:30",
        "1970-01-01T00:00:00.5Z", "2000-02-29T12:00:00+14:00", "9999-12-31T23:59:59-23:59",
    ])
    func acceptedDateTimes(_ text: String) throws {
        #expect(try Validation.issues(Self.schedule(timeToPay: text), operation: "payment-schedule", platform: .api) == [])
    }

    @Test("Anything else is invalid-format", arguments: [
        "2023-01-01 00:00:00", "2024-11-12T00:00:00+09+00", "2023-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z",
        "2023-04-31T00:00:00Z", "2023-01-01T24:00:00Z", "2023-01-01T00:60:00Z", "2023-01-01T00:00:61Z", "2023-01-01T00:00:00",
        "2023-01-01", "2023-1-01T00:00:00Z", "2023-01-01T00:00:00+0900", "2023-01-01T00:00:00.Z", "2023-01-01T00:00:00+24:00",
        "２０２３-01-01T00:00:00Z", "2023-01-01T00:00:00Z ", " 2023-01-01T00:00:00Z", "", "2023-01-01T00:00Z", "+2023-01-01T00:00:00Z",
    ])
    func refusedDateTimes(_ text: String) throws {
        let issues = try Validation.issues(Self.schedule(timeToPay: text), operation: "payment-schedule", platform: .api)
        #expect(issues.map(IssueKey.init) == [IssueKey(path: "timeToPay", code: "invalid-format", severity: "error")])
    }

    @Test("future compares instants, whatever the offsets; now itself is not the future")
    func futureAcrossOffsets() throws {
        func dueDateIssues(_ dueDate: String) throws -> [String] {
            let json = """
                {"channelKey": "c", "orderName": "o", "amount": {"total": 1}, "currency": "KRW",
                 "customer": {"name": {"full": "홍길동"}, "phoneNumber": "010", "email": "a@b.c"},
                 "method": {"virtualAccount": {"bank": "SHINHAN", "expiry": {"dueDate": "\(dueDate)"}, "option": {"type": "NORMAL"}}}}
                """
            return try Validation.issues(json, operation: "instant-payment", platform: .api, contracts: [.apiKeyinPayment]).map(\.code.rawValue)
        }
        #expect(try dueDateIssues("2026-01-01T00:00:01+09:00") == [])
        #expect(try dueDateIssues("2025-12-31T15:00:00Z") == ["instant-va-due-date-future"])
        #expect(try dueDateIssues("2025-12-31T23:59:59+09:00") == ["instant-va-due-date-future"])
        #expect(try dueDateIssues("2025-12-31T10:00:01-05:00") == [])
    }

    @Test("JSON text reads into the value of its kind, nested, keys in document order; a number too large for Double throws")
    func readingJSONText() throws {
        let text = #"{"s": "1", "t": true, "n": null, "i": -7, "d": 1.5, "e": 1e2, "a": [1, "x", [], {}], "o": {"b": false, "a": "true"}}"#
        #expect(try Inicis.JSON(parsing: Data(text.utf8)) == [
            "s": "1",
            "t": true,
            "n": nil,
            "i": -7,
            "d": 1.5,
            "e": 100.0,
            "a": [1, "x", [], [:]],
            "o": ["b": false, "a": "true"],
        ])
        #expect(try Inicis.JSON(parsing: Data(#""text""#.utf8)) == .string("text"))
        #expect(try Inicis.JSON(parsing: Data("1e30".utf8)) == .number(1e30))
        #expect(throws: Inicis.JSONSyntaxError.self) { try Inicis.JSON(parsing: Data(#"{"x": 1e400}"#.utf8)) }
        #expect(throws: Inicis.JSONSyntaxError.self) { try Inicis.JSON(parsing: Data("{".utf8)) }
    }

    @Test("JSON types: booleans are not numbers, fractions are not integers, numbers are not strings")
    func jsonTypes() throws {
        func codes(_ totalAmount: String, _ forceRedirect: String = "true") throws -> [String] {
            let json = #"{"storeId": "s", "channelKey": "c", "paymentId": "p", "orderName": "o", "currency": "KRW", "payMethod": "CARD", "totalAmount": \#(totalAmount), "forceRedirect": \#(forceRedirect)}"#
            return try Validation.issues(json, operation: "payment", platform: .mobile).map { "\($0.path) \($0.code)" }
        }
        #expect(try codes("1000") == [])
        #expect(try codes("true") == ["totalAmount wrong-type"])
        #expect(try codes("1.5") == ["totalAmount wrong-type"])
        #expect(try codes("1e3") == [])
        #expect(try codes("1000.0") == [])
        #expect(try codes("1e30") == ["totalAmount wrong-type"])
        #expect(try codes("\"1000\"") == ["totalAmount wrong-type"])
        #expect(try codes("1000", "1") == ["forceRedirect wrong-type"])
        #expect(try codes("1000", "\"true\"") == ["forceRedirect wrong-type"])
    }

    @Test("null counts as absent")
    func nullIsAbsent() throws {
        let json = #"{"storeId": "s", "channelKey": "c", "paymentId": "p", "orderName": "o", "totalAmount": 1, "currency": "KRW", "payMethod": "CARD", "customer": null, "vatAmount": null}"#
        let issues = try Validation.issues(json, operation: "payment", platform: .pc)
        #expect(issues.map(IssueKey.init) == [IssueKey(path: "customer", code: "missing-required", severity: "error")])
    }

    @Test("A one-of object needs exactly one of its keys")
    func oneOf() throws {
        func codes(_ offerPeriod: String) throws -> [String] {
            let json = #"{"storeId": "s", "channelKey": "c", "billingKeyMethod": "CARD", "issueId": "i", "issueName": "n", "offerPeriod": \#(offerPeriod)}"#
            return try Validation.issues(json, operation: "issue-billing-key", platform: .mobile).map { "\($0.path) \($0.code)" }
        }
        #expect(try codes(#"{"interval": "1m"}"#) == [])
        #expect(try codes("{}") == ["offerPeriod one-of"])
        #expect(try codes(#"{"interval": "1m", "range": {"from": "2023-01-01T00:00:00Z", "to": "2024-01-01T00:00:00Z"}}"#) == ["offerPeriod one-of"])
    }

    @Test("Paths sort element by element, indices as numbers")
    func pathOrder() {
        let paths: [Inicis.ValidationPath] = [
            Inicis.ValidationPath([.key("items"), .index(10), .key("vatAmount")]),
            Inicis.ValidationPath([.key("items"), .index(2)]),
            Inicis.ValidationPath([]),
            Inicis.ValidationPath([.key("items")]),
            Inicis.ValidationPath([.key("amount")]),
            Inicis.ValidationPath([.key("items"), .index(2), .key("a")]),
        ]
        #expect(paths.sorted().map(\.description) == ["", "amount", "items", "items[2]", "items[2].a", "items[10].vatAmount"])
    }

    @Test("Keys that are not plain names are quoted in paths, so a path prints on one line")
    func quotedKeys() throws {
        #expect(Inicis.ValidationPath([.key("bypass"), .key("a.b"), .index(0), .key("x\ny")]).description == #"bypass["a.b"][0]["x\ny"]"#)
        let issues = try Validation.issues(#"{"bypass": {"inicis_v2": {"P_MNAME\n": 1, "": 2}}}"#, operation: "payment", platform: .mobile)
        #expect(issues.filter { $0.code == "unknown-key" }.map(\.path.description).sorted() == [#"bypass.inicis_v2[""]"#, #"bypass.inicis_v2["P_MNAME\n"]"#])
    }

    @Test("Enum values are compared canonically: a prefixed alias is its value")
    func aliases() throws {
        func issues(_ currency: String, _ payMethod: String) throws -> [IssueKey] {
            let json = #"{"storeId": "s", "channelKey": "c", "paymentId": "p", "orderName": "o", "totalAmount": 1, "currency": "\#(currency)", "payMethod": "\#(payMethod)"}"#
            return try Validation.issues(json, operation: "payment", platform: .mobile).map(IssueKey.init)
        }
        #expect(try issues("CURRENCY_USD", "CARD") == [])
        #expect(try issues("CURRENCY_USD", "TRANSFER") == [IssueKey(path: "currency", code: "currency-usd-card-only", severity: "error")])
        #expect(try issues("CURRENCY_KRW", "TRANSFER") == [])
    }
}
