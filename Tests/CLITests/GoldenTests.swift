import Foundation
import Testing

/// `Generated/` is the golden output: these tests prove it is exactly what the schema produces.
/// To accept a change on purpose, run `swift run inicis-codegen` and review `git diff Generated/`.
@Suite("Golden output")
struct GoldenTests {
    @Test("Generated/ is byte for byte what the schema produces")
    func generatedFolderIsCurrent() throws {
        let scratch = try TemporaryFolder()
        let run = try CommandLineRun.inicisCodegen(["generate", "--schema", PackagePaths.schema.path, "--output", scratch.path("out").path])
        try #require(run.status == 0, "generate failed: \(run.stderr)")

        let golden = FolderSnapshot(PackagePaths.generated)
        let fresh = FolderSnapshot(scratch.path("out"))
        let diff = golden.differences(to: fresh, names: ("Generated", "regenerated"))
        #expect(diff.isEmpty, "Generated/ is stale; run `swift run inicis-codegen` and review the diff:\n\(diff)")
        #expect(!fresh.files.isEmpty)
    }

    @Test("Output is identical whatever the locale, time zone and output folder")
    func outputIgnoresEnvironment() throws {
        let scratch = try TemporaryFolder()
        var base = ProcessInfo.processInfo.environment
        base["LANG"] = "C"; base["LC_ALL"] = "C"; base["TZ"] = "UTC"
        var korean = base
        korean["LANG"] = "ko_KR.UTF-8"; korean["LC_ALL"] = "ko_KR.UTF-8"; korean["TZ"] = "Asia/Seoul"
        var other = base
        other["LANG"] = "tr_TR.UTF-8"; other["LC_ALL"] = "tr_TR.UTF-8"; other["TZ"] = "Pacific/Kiritimati"

        let outputs = ["a", "nested/deeper/b", "c with space"]
        for (output, environment) in zip(outputs, [base, korean, other]) {
            let run = try CommandLineRun.inicisCodegen(
                ["--schema", PackagePaths.schema.path, "--output", scratch.path(output).path], environment: environment)
            try #require(run.status == 0, "generate failed: \(run.stderr)")
        }
        let first = FolderSnapshot(scratch.path(outputs[0]))
        for output in outputs.dropFirst() {
            let diff = first.differences(to: FolderSnapshot(scratch.path(output)), names: (outputs[0], output))
            #expect(diff.isEmpty, "\(diff)")
        }
    }

    @Test("Every generated text file uses LF and ends with exactly one newline")
    func lineEndings() throws {
        for (path, data) in FolderSnapshot(PackagePaths.generated).files {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("\r"), "\(path) contains a carriage return")
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"), "\(path) must end with exactly one newline")
        }
    }
}
