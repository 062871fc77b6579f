import ArgumentParser
import CAllocationCounter
import Foundation
import HeapConfiguration
import InicisCodegen
import InicisSchema

/// `swift run -c release inicis-bench`: the figures and budgets of issue 8.
@main
struct InicisBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inicis-bench",
        abstract: "Time load + check + emit for the real schema and synthetic 10× and 100× ones, a whole regeneration against process start, and validation.",
        discussion: "Every figure is the median of repeated runs. Build in release mode, with the inicis-codegen to time as a static executable: Scripts/bench.sh does both (Scripts/build-static.sh, then `.build/release/inicis-bench --codegen .build-static/release/inicis-codegen`)."
    )

    enum Format: String, ExpressibleByArgument {
        case table
        case json
    }

    @Option(help: "The real schema.")
    var schema = "schema/inicis-v2.xml"

    @Option(help: "Repetitions for the real schema; synthetic ones use max(5, repetitions / scale).")
    var repetitions = 21

    @Option(parsing: .upToNextOption, help: "Schema sizes to measure, as multiples of the real one.")
    var scales: [Int] = [1, 10, 100]

    @Option(help: "Rounds of baseline / generate (output current), alternating, then of generate (output empty).")
    var processRuns = 41

    @Option(help: "The release inicis-codegen; default: the one beside this executable.")
    var codegen: String?

    @Option(help: "A trivial program importing Foundation; default: built with swiftc -O.")
    var baseline: String?

    @Flag(help: "Skip the whole-regeneration measurement (process start included).")
    var skipProcess = false

    @Option(help: "table or json.")
    var format = Format.table

    @Flag(help: "Exit 1 when a budget is over.")
    var enforceBudgets = false

    func run() throws {
        // The pipeline runs here under the heap configuration of the CLI, where users run it.
        HeapReservation.reserve()
        let text = try String(contentsOfFile: schema, encoding: .utf8)
        var report = Report(machine: Self.machine())
        try addInProcess(text, to: &report)
        if !skipProcess { try addProcess(to: &report) }
        let validation = try ValidationBenchmark(repetitions: repetitions).run()
        report.figures += validation.figures
        report.budgets += validation.budgets
        report.pending += validation.pending

        print(format == .json ? try report.json() : report.table())
        if enforceBudgets, report.budgets.contains(where: { $0.isMet == false }) {
            throw ExitCode.failure
        }
    }

    private func addInProcess(_ text: String, to report: inout Report) throws {
        let benchmark = InProcessRegeneration(schemaText: text, repetitions: repetitions)
        var totals: [Int: Double] = [:]
        for scale in scales {
            let result = try benchmark.run(scale: scale)
            let label = scale == 1 ? "real schema" : "\(scale)× schema"
            let size = "\(result.bytes / 1024) KB, \(result.files) files"
            report.figures.append(Figure("\(label): load + check", result.loadAndCheck, note: size))
            report.figures.append(Figure("\(label): check alone", result.check))
            report.figures.append(Figure("\(label): emit", result.emit))
            report.figures.append(Figure("\(label): load + check + emit", result.total))
            totals[scale] = result.total.median
        }
        if let hundred = totals[100] {
            report.budgets.append(BudgetCheck(budget: "100× schema: load + check + emit under 1.5 s", measured: Report.number(hundred * 1e3) + " ms", isMet: hundred < 1.5))
            if let ten = totals[10] {
                let ratio = hundred / ten
                report.budgets.append(BudgetCheck(budget: "100× schema: at most 12 times the 10× figure", measured: String(format: "%.1f×", ratio), isMet: ratio <= 12))
            }
        }
    }

    private func addProcess(to report: inout Report) throws {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let codegen = codegen ?? here.appendingPathComponent("inicis-codegen").path
        guard FileManager.default.isExecutableFile(atPath: codegen) else {
            report.pending.append("whole regeneration: no release inicis-codegen at \(codegen); run `swift build -c release --product inicis-codegen` first")
            return
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("inicis-bench-baseline-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let baseline = try baseline ?? ProcessRegeneration.buildBaseline(in: scratch)
        let result = try ProcessRegeneration(codegen: codegen, baseline: baseline, schemaPath: schema, repetitions: processRuns).run()
        let note = "alternating with the next, \(processRuns) rounds, posix_spawn to exit"
        report.figures.append(Figure("process: Foundation hello (baseline)", result.baseline, note: note))
        report.figures.append(Figure("process: generate, output current", result.upToDate, note: BinaryLinking.describe(codegen)))
        report.figures.append(Figure("process: generate, output empty", result.fresh, note: "\(processRuns) rounds after those, each on a new folder after sync()"))
        report.figures.append(Figure("file system: the same files, plain writes", result.fileSystemFloor, note: "in process, no renames; each round after one of the above, after sync()"))
        let limit = 3 * result.baseline.median
        // Writing into an empty folder cannot take less than the file system's floor for the same
        // files; the budget line says so when the floor alone is over the limit.
        let floor = result.fileSystemFloor.median
        let floorNote = floor > limit ? " (the file system alone: \(Report.number(floor * 1e3)) ms)" : ""
        for (name, samples, note) in [("output current", result.upToDate, ""), ("output empty", result.fresh, floorNote)] {
            let ratio = samples.median / result.baseline.median
            report.budgets.append(BudgetCheck(
                budget: "real schema, whole regeneration (\(name)) at most 3× a Foundation program's start (\(Report.number(limit * 1e3)) ms)",
                measured: Report.number(samples.median * 1e3) + " ms = " + String(format: "%.2f×", ratio) + note,
                isMet: samples.median <= limit
            ))
        }
    }

    private static func machine() -> String {
        var name = utsname()
        uname(&name)
        let release = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores, Linux \(release), load average \(loadAverage())"
    }

    private static func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
    }
}
