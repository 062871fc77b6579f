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

        let request = try JSONDecoder().decode(Inicis.PaymentRequest.self, from: json)
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

    /// Unknown keys, unknown enum values and parameters removed from PortOne's SDK are kept by
    /// the models, so nothing of an example may be lost.
    @Test("Every decodable schema example comes back whole, and a second trip changes nothing", arguments: SchemaExamples.decodable)
    func examplesRoundTrip(_ entry: SchemaExamples.Entry) throws {
        let original = Data(entry.example.json.utf8)
        let once = try GeneratedOperations.roundTrip(json: original, operation: entry.operationID)
        let twice = try GeneratedOperations.roundTrip(json: once, operation: entry.operationID)
        #expect(once == twice)

        let body = try #require(SchemaExamples.schema.operation(entry.operationID)).body
        let expected = ExpectedWireForm(schema: SchemaExamples.schema).request(try Inicis.JSON(parsing: original), body: body)
        #expect(try Inicis.JSON(parsing: once) == expected)
    }

    @Test("The expected form can fail: a dropped key or an unresolved alias differs")
    func expectedFormRejects() throws {
        let form = ExpectedWireForm(schema: SchemaExamples.schema)
        let original = try Inicis.JSON(parsing: Data(#"{"currency": "CURRENCY_KRW", "newKey": 1}"#.utf8))
        let expected = form.request(original, body: "PaymentRequest")
        #expect(expected == .object([Inicis.JSON.Member("currency", "KRW"), Inicis.JSON.Member("newKey", 1)]))
        #expect(expected != form.request(try Inicis.JSON(parsing: Data(#"{"currency": "KRW"}"#.utf8)), body: "PaymentRequest"))
    }

    @Test("A prefixed alias decodes to the canonical value and encodes canonically")
    func prefixedAlias() throws {
        let currency = try JSONDecoder().decode([Inicis.Currency].self, from: Data(#"["CURRENCY_USD","USD"]"#.utf8))
        #expect(currency == [.usd, .usd])
        #expect(String(decoding: try JSONEncoder().encode(currency), as: UTF8.self) == #"["USD","USD"]"#)
    }

    @Test("An unknown enum value decodes without a crash and is kept")
    func unknownValueKept() throws {
        let decoded = try JSONDecoder().decode([Inicis.Currency].self, from: Data(#"["XYZ"]"#.utf8))
        #expect(decoded == [Inicis.Currency(rawValue: "XYZ")])
        #expect(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self) == #"["XYZ"]"#)
    }
}
