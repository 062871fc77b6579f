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
        #expect(run.stdout == "\(copy.path): up to date with \(PackagePaths.schema.path)\n")
        #expect(run.stderr == "")
        _ = scratch
    }

    @Test("Exit 1 after a hand edit, naming the file, showing a diff and the command that fixes it")
    func handEdit() throws {
        let (scratch, copy) = try copyOfGenerated()
        let edited = try #require(FolderSnapshot(copy).files.keys.sorted().first { $0.hasSuffix(".swift") })
        let file = copy.appendingPathComponent(edited)
        let generated = try String(contentsOf: file, encoding: .utf8)
        try (generated + "// a hand edit\n").write(to: file, atomically: true, encoding: .utf8)
        let before = FolderSnapshot(copy)

        let run = try check(copy)
        #expect(run.status == 1)
        let report = CheckReport(output: copy, changes: [(edited, "differs", generated + "// a hand edit\n", generated)])
        #expect(run.stderr == report.text)
        #expect(report.text.contains("\n-// a hand edit\n"), "the diff shows the edit")
        #expect(FolderSnapshot(copy) == before, "check must write nothing")
        _ = scratch
    }

    /// The folder is compared a block at a time, so an edit that keeps the size, deep in a large
    /// file, must still be found; so must bytes added to or cut from its end.
    @Test("Edits that keep the size, or only touch the end, are found", arguments: [
        ByteEdit.flipByte(at: 100_000), .flipByteFromEnd(1), .append([0x0A]), .truncate(by: 1),
    ])
    func sizeKeepingEdit(_ edit: ByteEdit) throws {
        let (scratch, copy) = try copyOfGenerated()
        let largest = try #require(FolderSnapshot(copy).files.max { $0.value.count < $1.value.count })
        try #require(largest.value.count > 100_000, "the test needs a file larger than a few read blocks")
        let file = copy.appendingPathComponent(largest.key)
        let edited = edit.apply(to: Array(largest.value))
        try Data(edited).write(to: file)

        let run = try check(copy)
        #expect(run.status == 1, "\(edit) went unnoticed")
        let report = CheckReport(output: copy, changes: [(largest.key, "differs", String(decoding: edited, as: UTF8.self), String(decoding: largest.value, as: UTF8.self))])
        #expect(run.stderr == report.text)
        _ = scratch
    }

    @Test("A deleted file and a file no longer generated are both stale")
    func missingAndLeftover() throws {
        let (scratch, copy) = try copyOfGenerated()
        let victim = try #require(FolderSnapshot(copy).files.keys.sorted().first { $0.hasSuffix(".md") })
        let victimText = try String(contentsOf: copy.appendingPathComponent(victim), encoding: .utf8)
        try FileManager.default.removeItem(at: copy.appendingPathComponent(victim))
        // Pretend an earlier run wrote a file that the schema no longer produces.
        let manifest = copy.appendingPathComponent(".inicis-codegen-manifest")
        try (String(contentsOf: manifest, encoding: .utf8) + "Swift/Old.swift\n").write(to: manifest, atomically: true, encoding: .utf8)
        try Data("// old\n".utf8).write(to: copy.appendingPathComponent("Swift/Old.swift"))

        let manifestText = try String(contentsOf: manifest, encoding: .utf8)

        let run = try check(copy)
        #expect(run.status == 1)
        let report = CheckReport(output: copy, changes: [
            (".inicis-codegen-manifest", "differs", manifestText, String(manifestText.dropLast("Swift/Old.swift\n".count))),
            (victim, "missing", "", victimText),
            ("Swift/Old.swift", "no longer generated", "// old\n", ""),
        ])
        #expect(run.stderr == report.text)
        _ = scratch
    }
}

/// A change to a file's bytes, for the comparison tests.
enum ByteEdit: CustomTestStringConvertible, Sendable {
    case flipByte(at: Int)
    case flipByteFromEnd(Int)
    case append([UInt8])
    case truncate(by: Int)

    func apply(to bytes: [UInt8]) -> [UInt8] {
        var edited = bytes
        switch self {
        case .flipByte(let offset): edited[offset] ^= 0x01
        case .flipByteFromEnd(let fromEnd): edited[edited.count - fromEnd] ^= 0x01
        case .append(let tail): edited += tail
        case .truncate(let count): edited.removeLast(count)
        }
        return edited
    }

    var testDescription: String {
        switch self {
        case .flipByte(let offset): "a byte flipped at offset \(offset)"
        case .flipByteFromEnd(let fromEnd): "a byte flipped \(fromEnd) from the end"
        case .append(let tail): "\(tail.count) byte(s) appended"
        case .truncate(let count): "\(count) byte(s) cut from the end"
        }
    }
}
