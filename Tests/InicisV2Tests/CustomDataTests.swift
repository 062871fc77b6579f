import Foundation
import InicisV2
import Testing

/// `customData` (the SDK's free-form JSON) and the REST calls' free-form `bypass` are
/// `Inicis.JSON` values: any JSON goes in, comes out the same, and validates.
@Suite("Free-form JSON")
struct CustomDataTests {
    static let customData: Inicis.JSON = [
        "orderNo": "A-2024-0001",
        "items": [["sku": "COAT-1", "qty": 2, "price": 64500], ["sku": "HAT-9", "qty": 1, "price": 0.5]],
        "gift": true,
        "memo": nil,
        "nested": ["deeper": ["deepest": [[], [:], -7]]],
    ]

    static func payment(customData: String) -> String {
        #"{"storeId": "store-1", "channelKey": "channel-1", "paymentId": "order-1", "orderName": "코트", "totalAmount": 1000, "currency": "KRW", "payMethod": "CARD", "customData": \#(customData)}"#
    }

    @Test("customData decodes into the value it holds and encodes back the same")
    func roundTrip() throws {
        let json = Self.payment(customData: JSONText.text(Self.customData))
        let request = try JSONDecoder().decode(Inicis.PaymentRequest.self, from: Data(json.utf8))
        // Objects compare member by member, in order; decoding gives keys in sorted order.
        let sorted = ExpectedWireForm(schema: SchemaExamples.schema).sortingKeys
        #expect(request.customData.map(sorted) == sorted(Self.customData))
        let encoded = try Inicis.JSON(parsing: JSONEncoder().encode(request))
        #expect(encoded["customData"].map(sorted) == sorted(Self.customData))
    }

    @Test("Any JSON is a valid customData, for the model and for validate(json:)", arguments: [
        #"{"a": 1}"#, "[1, 2]", #""text""#, "42", "-1.5", "true", "null", "{}",
    ])
    func anyJSON(_ text: String) throws {
        let json = Self.payment(customData: text)
        let request = try JSONDecoder().decode(Inicis.PaymentRequest.self, from: Data(json.utf8))
        let parsed = try Inicis.JSON(parsing: Data(text.utf8))
        // `null` is an absent customData, as for every field.
        #expect(request.customData == (parsed == .null ? Optional<Inicis.JSON>.none : parsed))
        #expect(try Inicis.RequestPaymentOperation.validate(json: Data(json.utf8), platform: .mobile, contracts: [], now: ExampleClock.now) == [])
        #expect(request.validate(platform: .mobile, now: ExampleClock.now) == [])
    }

    @Test("An app sets customData with literals, and the wire carries them")
    func builtByAnApp() throws {
        let request = Inicis.PaymentRequest(storeID: "store-1", paymentID: "order-1", orderName: "코트", channelKey: "channel-1",
                                     totalAmount: 1000, currency: .krw, payMethod: .card, customData: ["campaign": "winter", "coupon": 3])
        let encoded = try Inicis.JSON(parsing: JSONEncoder().encode(request))
        #expect(encoded["customData"]?["campaign"] == "winter")
        #expect(encoded["customData"]?["coupon"] == 3)
        #expect(request.customData?["coupon"] == .integer(3))
    }

    @Test("A REST call's free-form bypass is kept whole")
    func restBypass() throws {
        let bypass: Inicis.JSON = ["inicis_v2": ["logo_url": "https://example.com/logo.png", "acceptmethod": ["below1000"]]]
        var body = try JSONDecoder().decode(Inicis.IssueBillingKeyBody.self, from: Data(#"{"channelKey": "c", "method": {"card": {"credential": {"number": "4111111111111111", "expiryYear": "30", "expiryMonth": "01"}}}, "customer": {"name": {"full": "홍길동"}, "phoneNumber": "010", "email": "a@b.c"}}"#.utf8))
        body.bypass = bypass
        let call = Inicis.BillingKeyOperation(body: body)
        let sorted = ExpectedWireForm(schema: SchemaExamples.schema).sortingKeys
        #expect(try Inicis.JSON(parsing: call.bodyData())["bypass"].map(sorted) == sorted(bypass))
        let decoded = try JSONDecoder().decode(Inicis.IssueBillingKeyBody.self, from: call.bodyData())
        #expect(decoded.bypass.map(sorted) == sorted(bypass))
    }

    @Test("customData is hidden from descriptions: it may hold anything")
    func hiddenFromLogs() {
        let request = Inicis.PaymentRequest(storeID: "store-1", paymentID: "order-1", orderName: "코트", channelKey: "channel-1",
                                     totalAmount: 1000, currency: .krw, payMethod: .card, customData: ["memberPhone": "010-9876-5432"])
        for (form, text) in PrintedForms.all(request) {
            #expect(!text.contains("9876-5432"), "\(form): \(text)")
        }
        #expect(String(describing: request).contains("customData"))
    }
}
