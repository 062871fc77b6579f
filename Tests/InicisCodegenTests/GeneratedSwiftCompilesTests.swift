import Foundation
@testable import InicisCodegen
import InicisSchema
import Testing

/// Builds generated Swift alone, as a package of its own, in Swift 6 mode with warnings as
/// errors: what an app gets when it copies `Generated/Swift`. One build covers the hostile sample
/// schema, a schema of hostile names that lint accepts (`Fixtures/hostile-names.xml`) and one whose
/// wire names are the generated code's own locals and parameters (`Fixtures/emitter-locals.xml`:
/// `document`, `object`, `decoder`, … must not be read as the local), one target each, on one copy
/// of the runtime, beside the committed `Generated/Swift` itself (what apps copy). Random hostile
/// text in every position is compiled by `RandomSchemaTests`.
@Suite("Generated Swift compiles")
struct GeneratedSwiftCompilesTests {
    @Test(.timeLimit(.minutes(10)))
    func generatedSwiftBuildsWithWarningsAsErrors() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("inicis-codegen-compile-\(UUID().uuidString)")
        let targets = [
            ("InicisV2", SampleSchema.schema),
            ("HostileNames", try Self.lintedFixture("hostile-names.xml")),
            ("Locals", try Self.lintedFixture("emitter-locals.xml")),
        ]
        for (target, schema) in targets {
            try Self.write(TestGenerator.files(for: schema), into: root.appendingPathComponent("Sources/\(target)"))
        }
        try FileManager.default.copyItem(at: RealSchema.packageRoot.appendingPathComponent("Generated/Swift"), to: root.appendingPathComponent("Sources/Committed"))
        try Self.copyRuntime(into: root)
        try Data(Self.manifest(targets: targets.map(\.0) + ["Committed"]).utf8).write(to: root.appendingPathComponent("Package.swift"))

        let (status, log) = try Self.run(["swift", "build", "--package-path", root.path])
        #expect(status == 0, "swift build failed (the package is kept at \(root.path)):\n\(log.suffix(20_000))")
        if status == 0 { try? FileManager.default.removeItem(at: root) }
    }

    /// A fixture schema, loaded as `lint` loads it (no diagnostic at all) and resolved.
    static func lintedFixture(_ name: String) throws -> Schema {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        let result = SchemaLoader().load([UInt8](try Data(contentsOf: url)), path: name)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description).joined(separator: "\n"))")
        return try #require(result.schema).resolved()
    }

    static func copyRuntime(into root: URL) throws {
        let sources = root.appendingPathComponent("Sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RealSchema.packageRoot.appendingPathComponent("Sources/InicisRuntime"), to: sources.appendingPathComponent("InicisRuntime"))
    }

    static func write(_ files: [GeneratedFile], into sources: URL) throws {
        for file in files where file.path.hasPrefix("Swift/") {
            let url = sources.appendingPathComponent(String(file.path.dropFirst("Swift/".count)))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
    }

    /// A package of `targets`, each a generated library on a copy of the runtime they share, as an
    /// app with two schemas would build them.
    static func manifest(targets: [String]) -> String {
        let settings = "swiftSettings: [.unsafeFlags([\"-warnings-as-errors\"])]"
        let declarations = ["        .target(name: \"InicisRuntime\", \(settings)),"]
            + targets.map { "        .target(name: \"\($0)\", dependencies: [\"InicisRuntime\"], \(settings))," }
        return """
            // swift-tools-version: 6.0
            import PackageDescription

            let package = Package(
                name: "GeneratedCheck",
                targets: [
            \(declarations.joined(separator: "\n"))
                ],
                swiftLanguageModes: [.v6]
            )

            """
    }

    /// Runs a command found on PATH; returns its exit status and combined output.
    static func run(_ arguments: [String]) throws -> (Int32, String) {
        let (status, output) = try ChildProcess.run(arguments, includingStandardError: true)
        return (status, String(decoding: output, as: UTF8.self))
    }
}
