import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts programs with `posix_spawn` (Foundation's `Process` adds threads and pipes to every
/// start, which would blur a measurement of a few milliseconds), output sent to /dev/null.
enum ChildProcess {
    /// The exit status of `arguments[0]` run with the rest as arguments.
    static func run(_ arguments: [String]) throws -> Int32 {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)

        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, arguments[0], &fileActions, nil, argv, environ)
        guard status == 0 else {
            throw BenchmarkFailure(description: "cannot start \(arguments[0]): \(String(cString: strerror(status)))")
        }
        var exit: Int32 = 0
        while waitpid(pid, &exit, 0) == -1 && errno == EINTR {}
        return (exit & 0x7F) == 0 ? (exit >> 8) & 0xFF : 128 + (exit & 0x7F)
    }

    /// Wall-clock time from spawn to exit; throws when the program fails.
    static func timed(_ arguments: [String]) throws -> Duration {
        let clock = ContinuousClock()
        var status: Int32 = 0
        let elapsed = try clock.measure { status = try run(arguments) }
        guard status == 0 else {
            throw BenchmarkFailure(description: "\(arguments.joined(separator: " ")) exited with status \(status)")
        }
        return elapsed
    }
}
