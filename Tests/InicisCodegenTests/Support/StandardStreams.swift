import Foundation

/// Process-wide safeguards for tests that start child processes.
enum StandardStreams {
    /// Makes descriptors 0–2 of the test process open and SIGPIPE harmless, once.
    ///
    /// A test runner started with a standard stream closed (`exec 0<&-`) hands that number to the
    /// next pipe the tests open; a child given that pipe end can then lose its own standard stream
    /// while its descriptors are set up. Holding /dev/null in each closed slot keeps 0–2 out of
    /// reach. And a child that exits before reading what the test writes to it must not kill the
    /// test process with SIGPIPE: the write fails with EPIPE instead.
    static func prepare() {
        _ = prepared
    }

    private static let prepared: Void = {
        signal(SIGPIPE, SIG_IGN)
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 {
            _ = open("/dev/null", O_RDWR)
        }
    }()

    /// A file holding `data`, open for reading, for a child's standard input: the child reads it
    /// at its own pace and the test never writes into a pipe. The file is unlinked at once; the
    /// open handle keeps its contents alive.
    static func inputFile(_ data: Data) throws -> FileHandle {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("inicis-codegen-input-\(UUID().uuidString)")
        // Not `data.write(to:)`, which syncs the file to disk for nothing.
        try Data().write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try FileHandle(forWritingTo: url)
        try writer.write(contentsOf: data)
        try writer.close()
        return try FileHandle(forReadingFrom: url)
    }
}

/// Runs a program found on PATH and collects its standard output (and standard error, when
/// asked). Its standard input is a file or /dev/null, never a pipe the test writes into.
enum ChildProcess {
    static func run(_ arguments: [String], input: Data? = nil, includingStandardError: Bool = false) throws -> (status: Int32, output: Data) {
        StandardStreams.prepare()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardInput = try input.map(StandardStreams.inputFile) ?? FileHandle.nullDevice
        let output = Pipe()
        process.standardOutput = output
        process.standardError = includingStandardError ? output : FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }
}
