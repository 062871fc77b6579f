import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `inicis-codegen` and measures what it cost: wall time, and peak memory as
/// `/usr/bin/time` reports it.
///
/// Not `wait4` on a child of the test process: a child made by `posix_spawn` (vfork) or `fork`
/// starts its peak-memory count from the parent's, which is the whole test runner. `time` forks
/// from a process of its own size.
struct MeasuredRun {
    var status: Int32
    var stderr: String
    var seconds: Double
    /// Peak resident memory of the child, in bytes.
    var peakMemory: Int

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
    }

    /// The last line of `time`'s output file (earlier lines say how the command exited).
    private static func kilobytes(in file: URL) -> Int {
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? Int.max
    }

    static func inicisCodegen(_ arguments: [String]) throws -> MeasuredRun {
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("inicis-codegen-stderr-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: errorFile) }
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        posix_spawn_file_actions_addopen(&fileActions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 2, errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let peakFile = FileManager.default.temporaryDirectory.appendingPathComponent("inicis-codegen-peak-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: peakFile) }
        let time = "/usr/bin/time"
        let argv = ([time, "-f", "%M", "-o", peakFile.path, CommandLineRun.executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let start = ContinuousClock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, time, &fileActions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let elapsed = ContinuousClock.now - start
        let (seconds, attoseconds) = elapsed.components
        return MeasuredRun(
            status: (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F),
            stderr: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "",
            seconds: Double(seconds) + Double(attoseconds) / 1e18,
            peakMemory: Self.kilobytes(in: peakFile) * 1024
        )
    }
}
