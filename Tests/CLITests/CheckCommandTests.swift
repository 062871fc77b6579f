import Foundation
import Testing

@Suite("check")
struct CheckCommandTests {
    /// A copy of the committed output to edit freely.
    private func copyOfGenerated() throws -> (TemporaryFolder, URL) {
        let scratch = try TemporaryFolder()
        let copy = scratch.path("Generated")
        try FileManager.default.copyItem(at: PackagePaths.generated, to: copy)
        return (scratch, copy)
    }

    private func check(_ output: URL) throws -> CommandLineRun {
        try CommandLineRun.inicisCodegen(["check", "--schema", PackagePaths.schema.path, "--output", output.path])
    }

    @Test("Exit 0 when the output is current")
    func current() throws {
        let (scratch, copy) = try copyOfGenerated()
        let run = try check(copy)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("up to date"))
        _ = scratch
    }

    @Test("Exit 1 after a hand edit, naming the file, showing a diff and the command that fixes it")
    func handEdit() throws {
        let (scratch, copy) = try copyOfGenerated()
        let edited = try #require(FolderSnapshot(copy).files.keys.sorted().first { $0.hasSuffix(".swift") })
        let file = copy.appendingPathComponent(edited)
        try (String(contentsOf: file, encoding: .utf8) + "// a hand edit\n").write(to: file, atomically: true, encoding: .utf8)
        let before = FolderSnapshot(copy)

        let run = try check(copy)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(edited): differs"))
        #expect(run.stderr.contains("-// a hand edit"), "the diff shows the edit:\n\(run.stderr)")
        #expect(run.stderr.contains("To fix, run: swift run inicis-codegen --schema"))
        #expect(FolderSnapshot(copy) == before, "check must write nothing")
        _ = scratch
    }

    @Test("A deleted file and a file no longer generated are both stale")
    func missingAndLeftover() throws {
        let (scratch, copy) = try copyOfGenerated()
        let victim = try #require(FolderSnapshot(copy).files.keys.sorted().first { $0.hasSuffix(".md") })
        try FileManager.default.removeItem(at: copy.appendingPathComponent(victim))
        // Pretend an earlier run wrote a file that the schema no longer produces.
        let manifest = copy.appendingPathComponent(".inicis-codegen-manifest")
        try (String(contentsOf: manifest, encoding: .utf8) + "Swift/Old.swift\n").write(to: manifest, atomically: true, encoding: .utf8)
        try Data("// old\n".utf8).write(to: copy.appendingPathComponent("Swift/Old.swift"))

        let run = try check(copy)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(victim): missing"))
        #expect(run.stderr.contains("Swift/Old.swift: no longer generated"))
        _ = scratch
    }
}
