import Dispatch

/// Independent work on every core: the checker's halves, the generator's output files. Results
/// keep the order of the inputs, so what is built from them stays deterministic.
package enum ParallelMap {
    /// `inputs.map(transform)`, with the calls spread over the available cores.
    package static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        return [Output](unsafeUninitializedCapacity: inputs.count) { buffer, initializedCount in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
                // Each index is written by exactly one iteration, and read only after all have ended.
                (slots.base + index).initialize(to: transform(inputs[index]))
            }
            initializedCount = inputs.count
        }
    }

    private struct Slots<Value>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Value>
    }
}
