import Foundation

/// A whole regeneration as a user runs it, process start included: the release `inicis-codegen
/// generate` against an output folder that is already current, timed alternately with a trivial
/// Swift program that imports Foundation so that both see the same machine load, and then
/// against empty folders, each round followed by the file system's floor for the same files.
struct ProcessRegeneration {
    struct Result {
        var baseline: Samples
        var upToDate: Samples
        var fresh: Samples
        /// The same files written into an empty folder by plain calls in process (`FileSystemFloor`).
        var fileSystemFloor: Samples
    }

    let codegen: String
    let baseline: String
    let schemaPath: String
    let repetitions: Int

    func run() throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("inicis-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let current = scratch.appendingPathComponent("current").path
        let generate = { (output: String) in [codegen, "generate", "--schema", schemaPath, "--output", output] }
        guard try ChildProcess.run(generate(current)) == 0 else {
            throw BenchmarkFailure(description: "\(codegen) generate failed; run it by hand to see why")
        }

        var result = Result(baseline: Samples(), upToDate: Samples(), fresh: Samples(), fileSystemFloor: Samples())
        let floor = try FileSystemFloor(copying: current)
        // The output-current rounds alternate with the baseline; the output-empty rounds come
        // after them, each on a new folder. Interleaved, writing and removing 237 files left the
        // file system writing back during the next rounds, which slowed both other programs.
        for index in -2..<repetitions {  // two untimed rounds warm the page cache
            let baselineTime = try ChildProcess.timed([baseline])
            let upToDateTime = try ChildProcess.timed(generate(current))
            guard index >= 0 else { continue }
            result.baseline.add(baselineTime)
            result.upToDate.add(upToDateTime)
        }
        for index in -1..<repetitions {
            let fresh = scratch.appendingPathComponent("fresh-\(index)").path
            // Settled first, so each write starts from the same file-system state.
            sync()
            let freshTime = try ChildProcess.timed(generate(fresh))
            try? FileManager.default.removeItem(atPath: fresh)
            let plain = scratch.appendingPathComponent("plain-\(index)").path
            sync()
            let floorTime = try floor.time(writingInto: plain)
            try? FileManager.default.removeItem(atPath: plain)
            guard index >= 0 else { continue }
            result.fresh.add(freshTime)
            result.fileSystemFloor.add(floorTime)
        }
        return result
    }

    /// Compiles `import Foundation` + one line with `swiftc -O`: the baseline the budget is
    /// stated against.
    static func buildBaseline(in folder: URL) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = folder.appendingPathComponent("main.swift")
        try Data("import Foundation\nprint(ProcessInfo.processInfo.processIdentifier > 0 ? \"ok\" : \"\")\n".utf8).write(to: source)
        let executable = folder.appendingPathComponent("foundation-hello").path
        guard try ChildProcess.run(["/usr/bin/env", "swiftc", "-O", "-o", executable, source.path]) == 0 else {
            throw BenchmarkFailure(description: "swiftc could not build the baseline program")
        }
        return executable
    }
}
