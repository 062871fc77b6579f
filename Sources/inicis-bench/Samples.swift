/// Repeated timings of one thing, summarised the way the report shows them. The median is the
/// figure: on a machine shared with other builds, the mean is dragged up by the unlucky runs.
struct Samples: Sendable {
    /// Seconds, in the order they were taken.
    private(set) var seconds: [Double] = []

    mutating func add(_ value: Double) {
        seconds.append(value)
    }

    mutating func add(_ duration: Duration) {
        seconds.append(Self.seconds(duration))
    }

    var count: Int { seconds.count }
    var median: Double { quantile(0.5) }
    var p90: Double { quantile(0.9) }
    var minimum: Double { seconds.min() ?? 0 }
    var maximum: Double { seconds.max() ?? 0 }

    /// Linear interpolation between the closest ranks.
    func quantile(_ q: Double) -> Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }

    static func seconds(_ duration: Duration) -> Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}

/// Times `body` `repetitions` times after `warmUp` untimed runs.
func measure(repetitions: Int, warmUp: Int = 1, _ body: () throws -> Void) rethrows -> Samples {
    let clock = ContinuousClock()
    for _ in 0..<warmUp { try body() }
    var samples = Samples()
    for _ in 0..<repetitions {
        samples.add(try clock.measure(body))
    }
    return samples
}
