import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import InicisV2
import Testing

/// Sends a REST call the way an app does, with `URLSession` and nothing but what
/// `Inicis.RESTOperation` gives, to a server on 127.0.0.1 that reports what arrived.
@Suite("Sending a REST call")
struct RESTRequestTests {
    /// Loopback traffic must not go to a proxy the environment may name (libcurl, under
    /// URLSession on Linux, reads `http_proxy`).
    static let noProxyForLoopback: Void = {
        let existing = ProcessInfo.processInfo.environment["no_proxy"].map { "," + $0 } ?? ""
        setenv("no_proxy", "127.0.0.1,localhost" + existing, 1)
    }()

    /// What an app writes once for every call.
    static func urlRequest<Call: Inicis.RESTOperation>(_ call: Call, baseURL: URL, apiSecret: String) throws -> URLRequest {
        var request = URLRequest(url: call.url(baseURL: baseURL))
        request.httpMethod = call.method.rawValue
        for (name, value) in call.headers(apiSecret: apiSecret) {
            request.setValue(value, forHTTPHeaderField: name)
        }
        request.httpBody = try call.bodyData()
        return request
    }

    @Test("The server receives the method, the encoded path, the PortOne authorization, JSON and the body")
    func send() async throws {
        _ = Self.noProxyForLoopback
        let server = try LoopbackHTTPServer()
        let call = Inicis.InstantPaymentOperation(paymentID: "order 2024/01#1", body: SampleRequests.instantPayment)
        let request = try Self.urlRequest(call, baseURL: server.baseURL, apiSecret: "test-api-secret")
        let answer = Data(#"{"payment": {"pgTxId": "StdpayCARDINIpayTest20240101"}}"#.utf8)

        async let received = server.receive(answering: 200, body: answer)
        let session = URLSession(configuration: .ephemeral)
        let (data, response) = try await session.data(for: request)
        let arrived = try await received

        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(data == answer)
        #expect(arrived.method == "POST")
        #expect(arrived.target == "/payments/order%202024%2F01%231/instant")
        #expect(arrived.target.removingPercentEncoding == "/payments/order 2024/01#1/instant")
        #expect(arrived.header("Authorization") == "PortOne test-api-secret")
        #expect(arrived.header("Content-Type") == "application/json")
        let body = try JSONDecoder().decode(Inicis.InstantPaymentInput.self, from: arrived.body)
        #expect(body == call.body)
        #expect(arrived.body == (try call.bodyData()))
    }

    @Test("A body the library validates clean is what the server gets")
    func validatedBeforeSending() async throws {
        _ = Self.noProxyForLoopback
        let call = Inicis.BillingKeyOperation(body: Inicis.IssueBillingKeyBody(
            method: Inicis.InstantBillingKeyPaymentMethodInput(card: Inicis.InstantBillingKeyPaymentMethodInputCard(
                credential: Inicis.CardCredential(number: "4111222233339876", expiryYear: "99", expiryMonth: "07"))),
            channelKey: "channel-key-1",
            customer: Inicis.CustomerInput(name: .full("홍길동"), email: "gildong.hong@example.co.kr", phoneNumber: "01098765432")
        ))
        #expect(call.validate(contracts: [.apiBillingKey]).filter { $0.severity == .error } == [])

        let server = try LoopbackHTTPServer()
        async let received = server.receive(answering: 200, body: Data("{}".utf8))
        _ = try await URLSession(configuration: .ephemeral).data(for: Self.urlRequest(call, baseURL: server.baseURL, apiSecret: "s"))
        let arrived = try await received
        #expect(arrived.target == "/billing-keys")
        #expect(try JSONDecoder().decode(Inicis.IssueBillingKeyBody.self, from: arrived.body) == call.body)
    }
}
