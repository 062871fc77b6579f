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
        stdin: String? = nil,
        asUnprivilegedUser: Bool = false
    ) throws -> CommandLineRun {
        let process = Process()
        if asUnprivilegedUser {
            // `nobody`: for tests about permissions, which root would ignore.
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        let start = Date()
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read before waiting: a full pipe would otherwise block the child forever.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandLineRun(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            seconds: Date().timeIntervalSince(start)
        )
    }
}
