import Foundation
import InicisSchema
import InicisV2
import Testing

@Suite("Round trip through the generated models")
struct RoundTripTests {
    @Test("The guide's requestPayment example decodes, and encodes back to PortOne's wire format")
    func guideRequestPayment() throws {
        let entry = try #require(SchemaExamples.all.first { $0.example.id == "guide-request-payment" })
        let json = Data(entry.example.json.utf8)

        let request = try JSONDecoder().decode(PaymentRequest.self, from: json)
        #expect(request.currency == .krw, "the guide's CURRENCY_KRW is an alias of KRW")
        #expect(request.payMethod == .card)
        #expect(request.totalAmount == 1000)
        #expect(request.customer?.fullName == "포트원")
        #expect(request.customer?.email == "test@portone.io")

        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(request)) as? NSDictionary
        var expected = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        expected["currency"] = "KRW"
        #expect(encoded == expected as NSDictionary)
    }

    /// Examples written to show a missing required field or a wrongly typed value cannot decode
    /// into the typed models by design; the validator, which reads raw JSON, reports them.
    @Test("Every decodable schema example loses no field in a round trip, and normalizing is idempotent",
          arguments: SchemaExamples.all.filter { entry in
              !entry.example.expectedIssues.contains { ["wrong-type", "missing-required"].contains($0.code) }
          })
    func examplesRoundTrip(_ entry: SchemaExamples.Entry) throws {
        let operation = try #require(OperationCatalog.operation(id: entry.operationID))
        let original = Data(entry.example.json.utf8)
        let once = try operation.normalizedJSON(from: original)
        let twice = try operation.normalizedJSON(from: once)
        #expect(once == twice)

        // Keys the example expects the validator to report (unknown keys, parameters removed from
        // PortOne's SDK) are not part of the model and may be dropped.
        let unknown = Set(entry.example.expectedIssues.map(\.path))
        let kept = JSONLeaves.paths(try JSONSerialization.jsonObject(with: once))
        let lost = JSONLeaves.paths(try JSONSerialization.jsonObject(with: original))
            .subtracting(kept)
            .filter { path in !unknown.contains { path == $0 || path.hasPrefix($0 + ".") || path.hasPrefix($0 + "[") } }
        #expect(lost.isEmpty, "lost in the round trip: \(lost.sorted())")
    }

    @Test("A prefixed alias decodes to the canonical value and encodes canonically")
    func prefixedAlias() throws {
        let currency = try JSONDecoder().decode([Currency].self, from: Data(#"["CURRENCY_USD","USD"]"#.utf8))
        #expect(currency == [.usd, .usd])
        #expect(String(decoding: try JSONEncoder().encode(currency), as: UTF8.self) == #"["USD","USD"]"#)
    }

    @Test("An unknown enum value decodes without a crash and is kept")
    func unknownValueKept() throws {
        let decoded = try JSONDecoder().decode([Currency].self, from: Data(#"["XYZ"]"#.utf8))
        #expect(decoded == [.unknown("XYZ")])
        #expect(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self) == #"["XYZ"]"#)
    }
}
