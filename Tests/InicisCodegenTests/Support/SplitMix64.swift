/// SplitMix64 (Steele, Lea and Flood, 2014): eight bytes of state and the same sequence on every
/// platform, so that a seed printed by a failing test rebuilds the same input.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    mutating func pick<Element>(_ items: [Element]) -> Element {
        items[Int.random(in: 0..<items.count, using: &self)]
    }

    /// `count` items of `items`, each at most once, in random order.
    mutating func sample<Element>(_ items: [Element], count: Int) -> [Element] {
        Array(items.shuffled(using: &self).prefix(count))
    }
}
