import CAllocationCounter

/// Validation of one typical request: a `requestPayment` request validated with the generated
/// `PaymentRequest.validate(platform:contracts:now:)`, and a full REST request body.
/// Budget: under 5 µs, a handful of allocations at most.
///
/// VALIDATION SECTION: the generated validators are being written on another branch
/// (helper-validate). Until they are merged, this reports the figures as pending; once they are,
/// `run()` times the two calls below with `measureCall` and counts their allocations.
struct ValidationBenchmark {
    let repetitions: Int

    struct Outcome {
        var figures: [Figure] = []
        var budgets: [BudgetCheck] = []
        var pending: [String] = []
    }

    func run() -> Outcome {
        var outcome = Outcome()
        outcome.pending.append("validation of a typical requestPayment and of a full REST request: the generated validators are not merged yet (branch helper-validate)")
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
}
