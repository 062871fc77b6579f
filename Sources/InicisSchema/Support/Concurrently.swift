import Dispatch

/// Two independent pieces of work at the same time, one on this thread and one on another: the
/// loader validates the document against the XSD while it builds the model from it.
enum Concurrently {
    /// `(first(), second())`, with the two calls overlapping.
    static func run<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First,
        _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let firstResult = Slot<First>()
        let secondResult = Slot<Second>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                firstResult.value = first()
            } else {
                secondResult.value = second()
            }
        }
        return (firstResult.value!, secondResult.value!)
    }

    /// Written by exactly one iteration, read only after both have ended.
    private final class Slot<Value>: @unchecked Sendable {
        var value: Value?
    }
}
