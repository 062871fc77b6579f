import Foundation

/// Runs the built `inicis-codegen` the way a user or script would, and captures what it prints.
struct CommandLineRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double

    static var executable: URL {
        Bundle.main.bundleURL.appendingPathComponent("inicis-codegen")
    }

    static func inicisCodegen(
        _ arguments: [String],
        in directory: URL = PackagePaths.root,
        environment: [String: String]? = nil,
        stdin: String? = nil
    ) throws -> CommandLineRun {
        try run(executable, arguments, in: directory, environment: environment, stdin: stdin)
    }

    /// Runs `executable` (the CLI, or a copy of it) with `arguments`. `stdin` is read from a file,
    /// so the child can exit without reading it; stdout is read on another thread while stderr is
    /// read here, so a child filling either pipe never waits on the test.
    static func run(
        _ executable: URL,
        _ arguments: [String],
        in directory: URL = PackagePaths.root,
        environment: [String: String]? = nil,
        stdin: String? = nil,
        asUser user: UnprivilegedUser? = nil
    ) throws -> CommandLineRun {
        StandardStreams.prepare()
        let process = Process()
        if let user {
            process.executableURL = user.setpriv
            process.arguments = user.arguments + [executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = try stdin.map { try StandardStreams.inputFile(Data($0.utf8)) } ?? FileHandle.nullDevice
        let start = Date()
        try process.run()
        let outReader = PipeReader(out.fileHandleForReading)
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        let outData = outReader.waitForEnd()
        process.waitUntilExit()
        return CommandLineRun(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            seconds: Date().timeIntervalSince(start)
        )
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written by the reading thread before it signals `done`; read only after waiting for it.
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func waitForEnd() -> Data {
        done.wait()
        return data
    }
}
