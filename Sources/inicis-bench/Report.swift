import Foundation

/// One measured figure: the median of `runs` repetitions, with the spread.
struct Figure: Codable, Sendable {
    var name: String
    /// Milliseconds (or microseconds for `unit == "µs"`).
    var unit: String
    var median: Double
    var p90: Double
    var minimum: Double
    var maximum: Double
    var runs: Int
    /// Heap allocations per run, where counted.
    var allocations: Int?
    /// How it was measured, in a few words.
    var note: String?

    init(_ name: String, _ samples: Samples, unit: String = "ms", allocations: Int? = nil, note: String? = nil) {
        let scale = unit == "µs" ? 1e6 : 1e3
        self.name = name
        self.unit = unit
        median = samples.median * scale
        p90 = samples.p90 * scale
        minimum = samples.minimum * scale
        maximum = samples.maximum * scale
        runs = samples.count
        self.allocations = allocations
        self.note = note
    }
}

/// A budget from issue 8, compared with the figure it constrains.
struct BudgetCheck: Codable, Sendable {
    var budget: String
    var measured: String
    var isMet: Bool?
}

/// Everything one run of the benchmark found, printed as a table or as JSON.
struct Report: Codable, Sendable {
    var machine: String
    var figures: [Figure] = []
    var budgets: [BudgetCheck] = []
    var pending: [String] = []

    func table() -> String {
        var lines = ["inicis-bench on \(machine)", "", Self.row(["figure", "median", "p90", "min", "max", "runs", "allocs"])]
        lines.append(String(repeating: "-", count: lines[2].count))
        for figure in figures {
            let cells = [figure.median, figure.p90, figure.minimum, figure.maximum].map { Self.number($0) + " " + figure.unit }
            lines.append(Self.row([figure.name] + cells + ["\(figure.runs)", figure.allocations.map(String.init) ?? "-"]))
            if let note = figure.note { lines.append("    \(note)") }
        }
        lines += ["", "budgets:"]
        for check in budgets {
            let verdict = check.isMet.map { $0 ? "ok  " : "OVER" } ?? "n/a "
            lines.append("  [\(verdict)] \(check.budget): \(check.measured)")
        }
        for item in pending {
            lines.append("  [todo] \(item)")
        }
        return lines.joined(separator: "\n")
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    private static func row(_ cells: [String]) -> String {
        let widths = [44, 12, 12, 12, 12, 5, 7]
        return zip(cells, widths).enumerated().map { index, pair in
            index == 0 ? pair.0.padding(toLength: pair.1, withPad: " ", startingAt: 0) : String(repeating: " ", count: max(0, pair.1 - pair.0.count)) + pair.0
        }.joined(separator: " ")
    }

    static func number(_ value: Double) -> String {
        String(format: value < 10 ? "%.3f" : value < 100 ? "%.2f" : "%.1f", value)
    }
}
