import Foundation
import Testing

/// `generate` and `check` accept their options in every spelling ArgumentParser allows, and
/// usage mistakes are one line on stderr with exit status 2.
@Suite("Option spellings")
struct OptionSpellingTests {
    private let schema = PackagePaths.schema.path

    @Test("check of the committed folder, in every spelling", arguments: [
        ["check", "--schema", "SCHEMA", "--output", "OUTPUT"],
        ["check", "--output", "OUTPUT", "--schema", "SCHEMA"],
        ["check", "--schema=SCHEMA", "--output=OUTPUT"],
        ["check", "--schema", "/elsewhere.xml", "--schema", "SCHEMA", "--output", "OUTPUT"],
    ])
    func checkCurrentFolder(_ spelling: [String]) throws {
        let output = PackagePaths.generated.path
        let arguments = spelling.map { $0.replacingOccurrences(of: "SCHEMA", with: schema).replacingOccurrences(of: "OUTPUT", with: output) }
        let run = try CommandLineRun.inicisCodegen(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "\(output): up to date with \(schema)\n")
        #expect(run.stderr == "")
    }

    @Test("generate with the defaults, from the package root, with no arguments at all")
    func generateWithDefaults() throws {
        let run = try CommandLineRun.inicisCodegen([])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.firstMatch(of: /^Generated: up to date \(\d+ files\)\n$/) != nil, "\(run.stdout)")
        #expect(run.stderr == "")
    }

    @Test("Usage mistakes exit 2 with ArgumentParser's message", arguments: [
        (["generate", "--schema"], "Error: Missing value for '--schema <schema>'"),
        (["check", "--output", "--schema", "x"], "Error: Missing value for '--output <output>'"),
        (["generate", "--verbose"], "Error: Unknown option '--verbose'"),
        (["check", "extra"], "Error: Unexpected argument 'extra'"),
    ])
    func usageMistakes(_ arguments: [String], _ message: String) throws {
        let run = try CommandLineRun.inicisCodegen(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.split(separator: "\n").first.map(String.init) == message, "\(run.stderr)")
        #expect(run.stdout == "")
    }
}
