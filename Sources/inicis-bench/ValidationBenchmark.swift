import CAllocationCounter
import Foundation
import InicisV2

/// Validation of one typical request, with the generated validators: a `requestPayment` request
/// (`PaymentRequest.validate(platform:contracts:now:)`) and a full REST request
/// (`InstantPaymentInput.validate(...)`, card payment with customer, amounts and products), both
/// typed as an app builds them, and the REST request again from its JSON bytes, as a server
/// receives it. Budget: under 5 µs per request, a handful of allocations at most.
struct ValidationBenchmark {
    let repetitions: Int

    /// A fixed clock, so the rules about the future give the same answer on every run.
    static let now = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    /// "A handful": the budget's wording, read as at most five.
    static let allocationBudget = 5

    struct Outcome {
        var figures: [Figure] = []
        var budgets: [BudgetCheck] = []
        var pending: [String] = []
    }

    func run() throws -> Outcome {
        var outcome = Outcome()
        let payment = Self.typicalPaymentRequest
        let rest = Self.fullRESTRequest
        let restJSON = try JSONEncoder().encode(rest)
        // Each request must be clean, warnings included, or the figure would time the writing of
        // issue messages rather than validation.
        for (name, issues) in [("requestPayment", payment.validate(platform: .pc, now: Self.now)), ("REST", rest.validate(contracts: Self.restContracts, now: Self.now))] {
            guard issues.isEmpty else {
                throw BenchmarkFailure(description: "the typical \(name) request has issues: \(issues.map(\.description))")
            }
        }
        // The budget is for a request as an app or server holds it, typed; from JSON bytes the
        // figure adds decoding (Foundation's JSON parser) and has no budget.
        let calls: [(name: String, hasBudget: Bool, call: () -> Void)] = [
            ("validate: requestPayment (typed)", true, { _ = payment.validate(platform: .pc, now: Self.now) }),
            ("validate: REST instant payment (typed)", true, { _ = rest.validate(contracts: Self.restContracts, now: Self.now) }),
            ("validate: REST instant payment (JSON bytes)", false, { _ = try? InstantPaymentOperation.validate(json: restJSON, contracts: Self.restContracts, now: Self.now) }),
        ]
        for (name, hasBudget, call) in calls {
            let (figure, allocations) = measureCall(name, call)
            outcome.figures.append(figure)
            guard hasBudget else { continue }
            outcome.budgets.append(BudgetCheck(
                budget: "\(name): under 5 µs, at most \(Self.allocationBudget) allocations",
                measured: Report.number(figure.median) + " µs, \(allocations) allocations",
                isMet: figure.median < 5 && allocations <= Self.allocationBudget
            ))
        }
        return outcome
    }

    /// Times one call with many iterations per sample (a call takes microseconds, below the
    /// clock's useful resolution) and counts the allocations of a single call.
    func measureCall(_ name: String, _ call: () -> Void) -> (Figure, Int) {
        let iterations = 1_000
        let samples = measure(repetitions: repetitions) {
            for _ in 0..<iterations { call() }
        }
        var perCall = Samples()
        for seconds in samples.seconds {
            perCall.add(seconds / Double(iterations))
        }
        call()
        inicis_allocations_start()
        call()
        let allocations = Int(inicis_allocations_stop())
        return (Figure(name, perCall, unit: "µs", allocations: allocations, note: "\(iterations) calls per sample"), allocations)
    }

    /// The guide's first example, as an app writes it.
    static let typicalPaymentRequest = PaymentRequest(
        storeId: "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec", paymentId: "payment-20260101-0001",
        orderName: "나이키 와플 트레이너 2 SD", channelKey: "channel-key-893597d6-e62d-410f-83f9-119f530b4b11",
        totalAmount: 1000, currency: .krw, payMethod: .card,
        customer: Customer(fullName: "포트원", phoneNumber: "010-0000-1234", email: "test@portone.io")
    )

    /// The contracts a server that sends keyed-in card payments with VAT amounts has.
    static let restContracts: Set<InicisContract> = [.apiKeyinPayment, .vatTaxFree]

    /// A REST instant card payment with everything a shop usually sends.
    static let fullRESTRequest = InstantPaymentInput(
        channelKey: "channel-key-893597d6-e62d-410f-83f9-119f530b4b11",
        method: InstantPaymentMethodInput(card: InstantPaymentMethodInputCard(
            credential: CardCredential(number: "4242424242424242", expiryYear: "30", expiryMonth: "12", birthOrBusinessRegistrationNumber: "900101", passwordTwoDigits: "00"),
            installmentMonth: 0
        )),
        orderName: "나이키 와플 트레이너 2 SD",
        customer: CustomerInput(name: CustomerNameInput(full: "포트원"), email: "test@portone.io", phoneNumber: "010-0000-1234"),
        amount: PaymentAmountInput(total: 1000, taxFree: 0, vat: 91),
        currency: .krw,
        products: [PaymentProduct(id: "sku-1", name: "나이키 와플 트레이너 2 SD", amount: 1000, quantity: 1)],
        productType: .physical
    )
}
