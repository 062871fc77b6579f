import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import InicisV2
import Testing

/// The README's examples, compiled and checked: if the library changes under them, this fails
/// before a reader copies an example that no longer builds.
@Suite("The README's examples")
struct ReadmeExamplesTests {
    @Test("Building and validating a payment request")
    func paymentRequest() throws {
        // README: "Build a request and validate it for its platform"
        let request = Inicis.PaymentRequest(
            storeID: "store-4ff4af41", paymentID: "order-20240101-0001", orderName: "겨울 코트",
            channelKey: "channel-key-3b37819a", totalAmount: 129_000, currency: .krw, payMethod: .card,
            customer: Inicis.Customer(fullName: "홍길동", phoneNumber: "010-9876-5432", email: "gildong.hong@example.co.kr")
        )
        let issues = request.validate(platform: .pc, contracts: [.vatTaxFree])
        let errors = issues.filter { $0.severity == .error }
        // end README
        #expect(errors == [], "\(errors)")

        // README: "Issues are values"
        var incomplete = request
        incomplete.customer?.email = nil
        for issue in incomplete.validate(platform: .pc) where issue.code == .missingRequired {
            print(issue)   // customer.email: error: [missing-required] …
        }
        let report = try JSONEncoder().encode(incomplete.validate(platform: .pc))
        // end README
        #expect(incomplete.validate(platform: .pc).contains { $0.code == .missingRequired && $0.path.description == "customer.email" })
        #expect(!report.isEmpty)
    }

    @Test("Raw JSON is validated before it is decoded")
    func rawJSON() throws {
        // README: "Raw JSON"
        let json = Data(#"{"storeId":"store-1","storeId":"store-2","paymentId":"order-1","orderName":"겨울 코트","channelKey":"channel-key-1","totalAmount":129000,"currency":"KRW","payMethod":"CARD"}"#.utf8)
        let issues = try Inicis.RequestPaymentOperation.validate(json: json, platform: .mobile)
        // [duplicate-key] at storeId: a decoder would have kept one of the two silently.
        // end README
        #expect(issues.contains { $0.code == .duplicateKey && $0.path.description == "storeId" })
    }

    @Test("Dates and one-of values")
    func datesAndOneOf() throws {
        // README: "Dates and one-of values"
        let dueDate = Inicis.DateTime(Date(timeIntervalSince1970: 4_070_908_800), secondsFromGMT: 9 * 3600)
        let virtualAccount = Inicis.InstantPaymentMethodInputVirtualAccount(
            bank: .shinhan, expiry: .dueDate(dueDate),
            option: Inicis.InstantPaymentMethodInputVirtualAccountOption(type: .normal)
        )
        let name: Inicis.CustomerNameInput = .full("홍길동")
        // end README
        #expect(dueDate.rawValue == "2099-01-01T09:00:00+09:00")
        #expect(dueDate.date == Date(timeIntervalSince1970: 4_070_908_800))
        #expect(String(decoding: try JSONEncoder().encode(name), as: UTF8.self) == #"{"full":"홍길동"}"#)
        #expect(virtualAccount.expiry == .dueDate(dueDate))
    }

    /// Compiled, not run: `RESTRequestTests` sends the same request to a loopback server.
    static func sendWithURLSession(body: Inicis.InstantPaymentInput, apiSecret: String) async throws -> (Data, URLResponse) {
        // README: "Send a REST call"
        let call = Inicis.InstantPaymentOperation(paymentID: "order-20240101-0001", body: body)
        var request = URLRequest(url: call.url())               // https://api.portone.io/payments/…/instant
        request.httpMethod = call.method.rawValue
        for (name, value) in call.headers(apiSecret: apiSecret) {   // Authorization: PortOne <API Secret>
            request.setValue(value, forHTTPHeaderField: name)
        }
        request.httpBody = try call.bodyData()
        let (data, response) = try await URLSession.shared.data(for: request)
        // end README
        return (data, response)
    }

    @Test("A REST call's address and headers")
    func restCall() {
        let call = Inicis.InstantPaymentOperation(paymentID: "order-20240101-0001", body: SampleRequests.instantPayment)
        #expect(call.url().absoluteString == "https://api.portone.io/payments/order-20240101-0001/instant")
        #expect(call.headers(apiSecret: "secret")["Authorization"] == "PortOne secret")
    }

    @Test("Typed bypass options")
    func bypass() throws {
        // README: "Typed bypass options"
        let bypass = Inicis.PaymentBypass(inicisV2: Inicis.InicisV2Bypass(
            pc: .init(acceptMethod: [.skin("#C1272C"), .below1000, .slimQuota(["11": [2, 3], "34": [2, 3]])]),
            mobile: .init(pCardOption: .selectedCard("14"), pReserved: [.below1000, .noEasyPay])
        ))
        let options = try bypass.inicisV2?.pc.acceptMethod   // back from the strings, or the error's position
        // end README
        #expect(bypass.inicisV2?.acceptMethod == ["SKIN(#C1272C)", "below1000", "slimquota(11-2:3^34-2:3)"])
        #expect(options == [.skin("#C1272C"), .below1000, .slimQuota(["11": [2, 3], "34": [2, 3]])])
        #expect(throws: Inicis.Bypass.SyntaxError.self) { try Inicis.AcceptMethod(parsing: "SKIN(#C1272)") }
    }
}
