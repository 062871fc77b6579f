import Foundation
@testable import InicisRuntime
import Testing

@Suite("Date-times")
struct PortOneDateTimeTests {
    @Test func writesDatesInUTCOrAtAnOffset() {
        let date = Date(timeIntervalSince1970: 1_731_337_200) // 2024-11-11T15:00:00Z
        #expect(Inicis.DateTime(date).rawValue == "2024-11-11T15:00:00Z")
        #expect(Inicis.DateTime(date, secondsFromGMT: 9 * 3600).rawValue == "2024-11-12T00:00:00+09:00")
        #expect(Inicis.DateTime(date, secondsFromGMT: -(3 * 3600 + 30 * 60)).rawValue == "2024-11-11T11:30:00-03:30")
        #expect(Inicis.DateTime(date.addingTimeInterval(0.25)).rawValue == "2024-11-11T15:00:00.250Z")
        #expect(Inicis.DateTime(Date(timeIntervalSince1970: -1)).rawValue == "1969-12-31T23:59:59Z")
    }

    @Test func readsWhatItWritesAndKeepsWhatItCannotRead() {
        let text: Inicis.DateTime = "2024-11-12T00:00:00+09:00"
        #expect(text.date == Date(timeIntervalSince1970: 1_731_337_200))
        let written = Inicis.DateTime(Date(timeIntervalSince1970: 1_000_000_000.5), secondsFromGMT: 32_400)
        #expect(written.date == Date(timeIntervalSince1970: 1_000_000_000.5))
        let broken: Inicis.DateTime = "2024-11-12T00:00:00+09+00"
        #expect(broken.date == nil)
        #expect(broken.rawValue == "2024-11-12T00:00:00+09+00")
    }

    @Test func encodesAsTheStringItWasGiven() throws {
        let data = try JSONEncoder().encode(["at": Inicis.DateTime(rawValue: "2023-01-01 00:00:00")])
        #expect(String(decoding: data, as: UTF8.self) == #"{"at":"2023-01-01 00:00:00"}"#)
    }

    @Test(arguments: ["2024-02-29T23:59:60Z", "2024-12-31T00:00:00.123456789-12:00", "2000-01-01t00:00:00z"])
    func readsRFC3339Variants(text: String) {
        #expect(Inicis.RFC3339.instant(text) != nil)
    }

    @Test(arguments: ["2023-02-29T00:00:00Z", "2024-11-12 00:00:00+09:00", "2024-11-12T00:00:00", "2024-13-01T00:00:00Z", "2024-11-12T24:00:00Z"])
    func refusesWhatIsNotRFC3339(text: String) {
        #expect(Inicis.RFC3339.instant(text) == nil)
    }
}
