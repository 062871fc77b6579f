import Foundation
import InicisV2
import Testing

/// What an app writes to its log while it pays: the order, never the customer or the card.
@Suite("Logging a request")
struct RequestLoggingTests {
    /// Stands in for the app's logger: keeps every line it is given.
    struct AppLog: TextOutputStream {
        var text = ""
        mutating func write(_ string: String) { text += string }
    }

    static func log(_ value: Any) -> String {
        var log = AppLog()
        print("sending \(value)", to: &log)
        debugPrint(value, to: &log)
        dump(value, to: &log)
        print(String(reflecting: value), to: &log)
        return log.text
    }

    @Test("The log of a payment holds no personal data, and still says what was ordered")
    func payment() {
        let log = Self.log(SampleRequests.payment)
        for value in SampleRequests.privateValues {
            #expect(!log.contains(value), "the log shows \(value)")
        }
        for shown in ["order-20240101-0001", "겨울 코트", "129000", "KRW", "CARD", "customer"] {
            #expect(log.contains(shown), "the log lacks \(shown)")
        }
    }

    @Test("The log of a card payment call holds neither the card nor the customer")
    func cardCall() {
        let call = Inicis.InstantPaymentOperation(paymentID: "order-20240101-0001", body: SampleRequests.instantPayment)
        let log = Self.log(call) + Self.log(call.body)
        for value in SampleRequests.privateValues {
            #expect(!log.contains(value), "the log shows \(value)")
        }
        #expect(log.contains("order-20240101-0001"))
    }

    @Test("Validation messages quote no personal data either")
    func validationMessages() {
        var request = SampleRequests.payment
        request.customer?.email = "홍길동 010-9876-5432"
        request.customer?.gender = Inicis.Gender(rawValue: "홍길동")
        let messages = request.validate(platform: .pc).map(\.description).joined(separator: "\n")
        #expect(!messages.isEmpty)
        for value in SampleRequests.privateValues {
            #expect(!messages.contains(value), "\(messages)")
        }
    }
}
