import Foundation
import InicisV2
import PropertyBased
import Testing

/// Date-time fields are `Inicis.DateTime`: the RFC 3339 string as sent, lossless, with `Date`
/// in and out.
@Suite("Inicis.DateTime")
struct PortOneDateTimeTests {
    /// 2024-11-12T00:00:00+09:00, the guide's example instant.
    static let guideInstant = Date(timeIntervalSince1970: 1_731_337_200)

    @Test("A Date is written in UTC, or at the offset asked for, with milliseconds only when it has some", arguments: [
        (0, 0, "2024-11-11T15:00:00Z"),
        (0, 9 * 3600, "2024-11-12T00:00:00+09:00"),
        (0, -(5 * 3600 + 30 * 60), "2024-11-11T09:30:00-05:30"),
        (123, 0, "2024-11-11T15:00:00.123Z"),
        (7, 9 * 3600, "2024-11-12T00:00:00.007+09:00"),
    ])
    func writing(milliseconds: Int, offset: Int, expected: String) {
        let date = Self.guideInstant.addingTimeInterval(Double(milliseconds) / 1000)
        #expect(Inicis.DateTime(date, secondsFromGMT: offset).rawValue == expected)
    }

    @Test("A date-time string gives its instant, whatever the offset or case", arguments: [
        ("2024-11-12T00:00:00+09:00", 0.0),
        ("2024-11-11T15:00:00Z", 0.0),
        ("2024-11-11t15:00:00z", 0.0),
        ("2024-11-11T09:30:00-05:30", 0.0),
        ("2024-11-11T15:00:00.5Z", 0.5),
        ("2024-11-12T00:00:00.123+09:00", 0.123),
    ])
    func reading(text: String, fraction: Double) throws {
        let date = try #require(Inicis.DateTime(rawValue: text).date)
        #expect(abs(date.timeIntervalSince(Self.guideInstant) - fraction) < 0.000_001)
    }

    /// Instants to the millisecond between 1900 and 2200, at any whole-minute offset.
    static let instants = zip(Gen.int(in: -2_208_988_800_000...7_258_118_400_000), Gen.int(in: -(23 * 60 + 59)...(23 * 60 + 59)))

    @Test("Date → string → Date gives the same instant to the millisecond, and the same string again")
    func roundTrip() async {
        await propertyCheck(count: 1000, input: Self.instants) { milliseconds, offsetMinutes in
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
            let written = Inicis.DateTime(date, secondsFromGMT: offsetMinutes * 60)
            let read = try #require(written.date, "\(written.rawValue) does not read back")
            #expect(abs(read.timeIntervalSince1970 * 1000 - Double(milliseconds)) < 0.5, "\(written.rawValue)")
            #expect(Inicis.DateTime(read, secondsFromGMT: offsetMinutes * 60) == written)
        }
    }

    @Test("Foundation's ISO 8601 parser reads what Inicis.DateTime writes as the same instant")
    func agreesWithFoundation() async {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let plain = ISO8601DateFormatter()
        await propertyCheck(count: 500, input: Self.instants) { milliseconds, offsetMinutes in
            let written = Inicis.DateTime(Date(timeIntervalSince1970: Double(milliseconds) / 1000), secondsFromGMT: offsetMinutes * 60)
            let parsed = try #require(formatter.date(from: written.rawValue) ?? plain.date(from: written.rawValue), "\(written.rawValue)")
            #expect(abs(parsed.timeIntervalSince1970 * 1000 - Double(milliseconds)) < 1, "\(written.rawValue)")
        }
    }

    @Test("A string that is not RFC 3339 has no Date, and is kept exactly as received", arguments: [
        "2023-01-01 00:00:00", "20991231235959", "2024-02-30T00:00:00Z", "2024-11-12T00:00:00", "", "내일 오후 3시",
    ])
    func lossless(_ text: String) throws {
        let value = Inicis.DateTime(rawValue: text)
        #expect(value.date == nil)
        #expect(value.rawValue == text)

        let json = #"{"payment": {"billingKey": "b", "orderName": "o", "amount": {"total": 1}, "currency": "KRW", "customer": {"name": {"full": "홍길동"}, "phoneNumber": "010", "email": "a@b.c"}}, "timeToPay": \#(JSONText.quoted(text))}"#
        let body = try JSONDecoder().decode(Inicis.CreatePaymentScheduleBody.self, from: Data(json.utf8))
        #expect(body.timeToPay.rawValue == text)
        #expect(try Inicis.JSON(parsing: JSONEncoder().encode(body))["timeToPay"] == .string(text))
        // Kept, and still reported.
        let issues = Inicis.PaymentScheduleOperation(paymentID: "order-1", body: body).validate(now: ExampleClock.now)
        #expect(issues.map(IssueKey.init) == [IssueKey(path: "timeToPay", code: "invalid-format", severity: "error")])
    }

    @Test("Models take and give Dates")
    func inModels() throws {
        let start = Self.guideInstant
        let end = start.addingTimeInterval(30 * 86_400)
        let range = Inicis.OfferPeriodRange(from: Inicis.DateTime(start, secondsFromGMT: 9 * 3600), to: Inicis.DateTime(end, secondsFromGMT: 9 * 3600))
        #expect(range.from.date == start)
        #expect(range.to.date == end)
        let json = try Inicis.JSON(parsing: JSONEncoder().encode(range))
        #expect(json["from"] == "2024-11-12T00:00:00+09:00")
        #expect(json["to"] == "2024-12-12T00:00:00+09:00")
        let literal: Inicis.DateTime = "2099-01-01T00:00:00+09:00"
        #expect(literal.date == Date(timeIntervalSince1970: 4_070_876_400))
    }

    /// Offsets of zones before standard time had seconds (Seoul until 1908: +08:27:52); RFC 3339
    /// writes minutes, so the instant must stay right whatever is written.
    @Test("An offset with seconds still writes the same instant")
    func offsetWithSeconds() throws {
        let written = Inicis.DateTime(Self.guideInstant, secondsFromGMT: 8 * 3600 + 27 * 60 + 52)
        #expect(written.date == Self.guideInstant, "\(written.rawValue)")
    }
}
