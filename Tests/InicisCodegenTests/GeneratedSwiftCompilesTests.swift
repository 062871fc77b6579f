import Foundation
@testable import InicisCodegen
import InicisSchema
import Testing

/// Builds the generated Swift of the hostile sample schema alone, as a package of its own, in
/// Swift 6 mode with warnings as errors: what an app gets when it copies `Generated/Swift`.
@Suite("Generated Swift compiles")
struct GeneratedSwiftCompilesTests {
    @Test(.timeLimit(.minutes(5)))
    func generatedSwiftBuildsWithWarningsAsErrors() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("inicis-codegen-compile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let sources = root.appendingPathComponent("Sources/InicisV2")
        for file in Generator.files(for: SampleSchema.schema) where file.path.hasPrefix("Swift/") {
            let url = sources.appendingPathComponent(String(file.path.dropFirst("Swift/".count)))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
        try Data(Self.manifest.utf8).write(to: root.appendingPathComponent("Package.swift"))

        let (status, log) = try Self.run(["swift", "build", "--package-path", root.path])
        #expect(status == 0, "swift build failed:\n\(log)")
    }

    static let manifest = """
        // swift-tools-version: 6.0
        import PackageDescription

        let package = Package(
            name: "GeneratedCheck",
            targets: [
                .target(name: "InicisV2", swiftSettings: [.unsafeFlags(["-warnings-as-errors"])]),
            ],
            swiftLanguageModes: [.v6]
        )

        """

    /// Runs a command found on PATH; returns its exit status and combined output.
    static func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
