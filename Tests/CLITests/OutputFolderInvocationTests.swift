import Foundation
import Testing

/// `generate` and `check` with only `--schema`/`--output` skip ArgumentParser
/// (`OutputFolderInvocation`); every other spelling goes through it. Repeating an option is one
/// such spelling (ArgumentParser keeps the last value), so each case runs the same request both
/// ways and expects the same status and output.
@Suite("generate and check without ArgumentParser")
struct OutputFolderInvocationTests {
    private let schema = PackagePaths.schema.path

    /// The same request spelled for the direct path, and spelled so that only ArgumentParser
    /// takes it (the last option repeated).
    private func bothWays(_ arguments: [String], in directory: URL = PackagePaths.root) throws -> (direct: CommandLineRun, parsed: CommandLineRun) {
        let direct = try CommandLineRun.inicisCodegen(arguments, in: directory)
        let parsed = try CommandLineRun.inicisCodegen(arguments + Array(arguments.suffix(2)), in: directory)
        return (direct, parsed)
    }

    private func expectSame(_ runs: (direct: CommandLineRun, parsed: CommandLineRun), _ comment: Comment? = nil) {
        #expect(runs.direct.status == runs.parsed.status, comment)
        #expect(runs.direct.stdout == runs.parsed.stdout, comment)
        #expect(runs.direct.stderr == runs.parsed.stderr, comment)
    }

    @Test("check of the committed folder, in every spelling")
    func checkCurrentFolder() throws {
        let output = PackagePaths.generated.path
        for arguments in [
            ["check", "--schema", schema, "--output", output],
            ["check", "--output", output, "--schema", schema],
            ["check", "--schema=\(schema)", "--output=\(output)"],
        ] {
            let runs = try bothWays(arguments)
            #expect(runs.direct.status == 0, "\(runs.direct.stderr)")
            #expect(runs.direct.stdout == "\(output): up to date with \(schema)\n")
            expectSame(runs, "\(arguments)")
        }
    }

    @Test("check of a stale folder reports the same files, diff and fix")
    func checkStaleFolder() throws {
        let scratch = try TemporaryFolder()
        let output = scratch.path("out").path
        try #require(try CommandLineRun.inicisCodegen(["generate", "--schema", schema, "--output", output]).status == 0)
        try scratch.write("out/Docs/README.md", "stale\n")
        let runs = try bothWays(["check", "--schema", schema, "--output", output])
        #expect(runs.direct.status == 1)
        #expect(runs.direct.stderr.contains("Docs/README.md: differs"))
        #expect(runs.direct.stderr.contains("To fix, run: swift run inicis-codegen --schema \(schema) --output \(output)"))
        expectSame(runs)
    }

    @Test("generate with the defaults, from the package root, with no arguments at all")
    func generateWithDefaults() throws {
        let direct = try CommandLineRun.inicisCodegen([])
        let parsed = try CommandLineRun.inicisCodegen(["generate", "--output", "Generated", "--output", "Generated"])
        #expect(direct.status == 0, "\(direct.stderr)")
        #expect(direct.stdout.hasPrefix("Generated: up to date ("))
        #expect(direct.stdout == parsed.stdout)
        #expect(direct.stderr == parsed.stderr)
    }

    @Test("generate into a fresh folder writes the same files either way")
    func generateFresh() throws {
        let scratch = try TemporaryFolder()
        let direct = try CommandLineRun.inicisCodegen(["generate", "--schema", schema, "--output", "a"], in: scratch.url)
        let parsed = try CommandLineRun.inicisCodegen(["generate", "--schema", schema, "--output", "b", "--output", "b"], in: scratch.url)
        #expect(direct.status == 0 && parsed.status == 0)
        #expect(direct.stdout.replacingOccurrences(of: "a: ", with: "b: ") == parsed.stdout)
        #expect(FolderSnapshot(scratch.path("a")) == FolderSnapshot(scratch.path("b")))
    }

    @Test("a missing schema is the same error either way")
    func missingSchema() throws {
        let runs = try bothWays(["--schema", "/nonexistent/schema.xml"])
        #expect(runs.direct.status == 2)
        #expect(runs.direct.stderr == "/nonexistent/schema.xml: error: no such file\n")
        expectSame(runs)
    }

    @Test("spellings the direct path leaves to ArgumentParser still mean what they did", arguments: [
        (["generate", "--schema"], "Missing value for '--schema <schema>'"),
        (["check", "--output", "--schema", "x"], "Missing value for '--output <output>'"),
        (["generate", "--verbose"], "Unknown option '--verbose'"),
        (["check", "extra"], "Unexpected argument 'extra'"),
    ])
    func otherSpellings(_ arguments: [String], _ message: String) throws {
        let run = try CommandLineRun.inicisCodegen(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }
}
