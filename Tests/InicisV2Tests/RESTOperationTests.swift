import Foundation
import InicisSchema
import InicisV2
import PropertyBased
import Testing

/// A REST operation gives everything a client needs to send it, through `Inicis.RESTOperation`
/// alone: the method (typed), the path with its parameters percent-encoded, the headers
/// (`Authorization: PortOne <API Secret>`, `Content-Type`), and the body's bytes.
@Suite("REST operations")
struct RESTOperationTests {
    static let customer = Inicis.CustomerInput(name: .full("홍길동"), email: "gildong@example.com", phoneNumber: "01098765432")

    static let scheduleBody = Inicis.CreatePaymentScheduleBody(
        payment: Inicis.BillingKeyPaymentScheduleInput(billingKey: "billing-key-1", orderName: "정기 구독", customer: customer,
                                                amount: Inicis.PaymentAmountInput(total: 9900), currency: .krw),
        timeToPay: "2099-01-01T00:00:00+09:00"
    )

    /// The schema's method and path of each operation, by id.
    static func schemaOperation(_ id: String) throws -> InicisSchema.Operation {
        try #require(SchemaExamples.schema.operation(id))
    }

    @Test("Every REST operation's method and path template are the schema's")
    func matchesSchema() throws {
        for operation in GeneratedOperations.rest {
            let declared = try Self.schemaOperation(operation.id)
            #expect(operation.method.rawValue == declared.httpMethod)
            #expect(operation.pathTemplate == declared.path)
            #expect(operation.platforms == [.api])
        }
    }

    @Test("The path fills the template with the parameter, percent-encoded as one segment", arguments: [
        ("order-1", "order-1"),
        ("order 1/2?x=#3", "order%201%2F2%3Fx%3D%233"),
        ("주문_1.v2~", "%EC%A3%BC%EB%AC%B8_1.v2~"),
        ("100%", "100%25"),
        ("..", ".."),
    ])
    func pathParameter(_ paymentID: String, _ encoded: String) {
        let call = Inicis.PaymentScheduleOperation(paymentID: paymentID, body: Self.scheduleBody)
        #expect(call.path == "/payments/\(encoded)/schedule")
        #expect(call.path == Inicis.PaymentScheduleOperation.pathTemplate.replacingOccurrences(of: "{paymentId}", with: encoded))
    }

    /// Every printable ASCII character, and beyond: Hangul, an accent, a combining mark, an emoji.
    static let idCharacters = Array((32...126).map { Character(Unicode.Scalar(UInt8($0))) }) + ["가", "힣", "é", "e\u{301}", "€", "😀"]
    static let paymentIDs = Gen.int(in: 0..<idCharacters.count).array(of: 0...20).map { String($0.map { idCharacters[$0] }) }

    @Test("Any payment id goes in one path segment and decodes back to itself")
    func anyPathParameter() async {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        await propertyCheck(count: 500, input: Self.paymentIDs) { paymentID in
            let call = Inicis.PaymentScheduleOperation(paymentID: paymentID, body: Self.scheduleBody)
            let segment = String(call.path.dropFirst("/payments/".count).dropLast("/schedule".count))
            #expect(!segment.contains("/") && !segment.contains("?") && !segment.contains("#"))
            #expect(segment.removingPercentEncoding == paymentID)
            // Foundation encodes the same way: only RFC 3986's unreserved characters stay.
            #expect(segment == paymentID.addingPercentEncoding(withAllowedCharacters: unreserved))
        }
    }

    @Test("The URL is the base URL followed by the path, with or without a trailing slash")
    func url() throws {
        let call = Inicis.PaymentScheduleOperation(paymentID: "order 1", body: Self.scheduleBody)
        #expect(call.url().absoluteString == "https://api.portone.io/payments/order%201/schedule")
        #expect(call.url(baseURL: try #require(URL(string: "http://127.0.0.1:8080/"))).absoluteString == "http://127.0.0.1:8080/payments/order%201/schedule")
        #expect(call.url(baseURL: try #require(URL(string: "https://proxy.example.com/portone"))).absoluteString == "https://proxy.example.com/portone/payments/order%201/schedule")
        #expect(call.url().path == "/payments/order 1/schedule")
    }

    @Test("The headers authenticate with the API secret and say the body is JSON")
    func headers() {
        let call = Inicis.BillingKeyOperation(body: Inicis.IssueBillingKeyBody(
            method: Inicis.InstantBillingKeyPaymentMethodInput(card: Inicis.InstantBillingKeyPaymentMethodInputCard(
                credential: Inicis.CardCredential(number: "4111111111111111", expiryYear: "30", expiryMonth: "01"))),
            channelKey: "channel-key-1", customer: Self.customer))
        #expect(call.headers(apiSecret: "secret-abc") == ["Authorization": "PortOne secret-abc", "Content-Type": "application/json"])
        #expect(call.method == .post)
        #expect(call.path == "/billing-keys")
    }

    @Test("The body bytes are the body's JSON and decode back to it")
    func bodyData() throws {
        let call = Inicis.PaymentScheduleOperation(paymentID: "order-1", body: Self.scheduleBody)
        let data = try call.bodyData()
        #expect(try JSONDecoder().decode(Inicis.CreatePaymentScheduleBody.self, from: data) == Self.scheduleBody)
        let json = try Inicis.JSON(parsing: data)
        #expect(json["timeToPay"] == "2099-01-01T00:00:00+09:00")
        #expect(json["payment"]?["amount"]?["total"] == 9900)
        #expect(json.duplicateKeyPaths.isEmpty)
        #expect(try Inicis.PaymentScheduleOperation.validate(json: data, contracts: [], now: ExampleClock.now) == call.validate(now: ExampleClock.now))
    }

    /// JSONEncoder alone writes keys in hash order, different from one call to the next.
    @Test("The same body gives the same bytes every time", arguments: PrivateDataTests.cases.filter { entry in GeneratedOperations.rest.contains { $0.id == entry.operationID } })
    func repeatableBytes(_ entry: PrivateDataTests.Case) throws {
        let request = try PrivateDataTests.request(entry)
        let models = try GeneratedOperations.models(json: JSONText.data(request.json), operation: entry.operationID)
        let call = try #require(models.last as? any Inicis.RESTOperation)
        let first = try call.bodyData()
        for _ in 0..<5 {
            #expect(try call.bodyData() == first)
        }
    }

    /// What a client library writes once for every operation.
    struct SentRequest: Equatable {
        var method: String
        var url: String
        var headers: [String: String]
        var body: Data
    }

    static func send<Operation: Inicis.RESTOperation>(_ call: Operation, secret: String) throws -> SentRequest {
        SentRequest(method: call.method.rawValue, url: call.url().absoluteString, headers: call.headers(apiSecret: secret), body: try call.bodyData())
    }

    @Test("A client generic over Inicis.RESTOperation sends any of them")
    func genericClient() throws {
        let sent = try Self.send(Inicis.PaymentScheduleOperation(paymentID: "order-1", body: Self.scheduleBody), secret: "s")
        #expect(sent.method == "POST")
        #expect(sent.url == "https://api.portone.io/payments/order-1/schedule")
        #expect(sent.headers["Authorization"] == "PortOne s")
        #expect(try JSONDecoder().decode(Inicis.CreatePaymentScheduleBody.self, from: sent.body) == Self.scheduleBody)
    }
}
