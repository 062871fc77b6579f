import Foundation
import InicisV2

// A card payment from PC with the customer fields PortOne's examples send: what most apps validate.
let request = Inicis.PaymentRequest(
    storeID: "store-4ae2fc3b", paymentID: "order-2024-0001", orderName: "나이키 와플 트레이너 2 SD",
    channelKey: "channel-key-9f1c", totalAmount: 1000, currency: .krw, payMethod: .card,
    customer: Inicis.Customer(fullName: "포트원", phoneNumber: "010-0000-1234", email: "test@portone.io")
)
let body = try JSONEncoder().encode(request)
precondition(request.validate(platform: .pc).isEmpty, "the benchmark's request must be clean")

/// The median over `batches` of the time per call, in microseconds: batches absorb the clock's
/// granularity, the median absorbs the other work of a shared machine.
func median(batches: Int = 15, calls: Int, _ work: () throws -> Void) rethrows -> Double {
    var perCall: [Double] = []
    for _ in 0..<batches {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<calls { try work() }
        perCall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / Double(calls) / 1000)
    }
    return perCall.sorted()[batches / 2]
}

let validation = median(calls: 20_000) { _ = request.validate(platform: .pc) }
let decoding = try median(calls: 2_000) { _ = try JSONDecoder().decode(Inicis.PaymentRequest.self, from: body) }
let jsonValidation = try median(calls: 2_000) { _ = try Inicis.RequestPaymentOperation.validate(json: body, platform: .pc) }
print(String(format: "validate(platform: .pc)        %7.2f µs", validation))
print(String(format: "JSONDecoder().decode           %7.2f µs", decoding))
print(String(format: "validate(json:platform: .pc)   %7.2f µs", jsonValidation))
