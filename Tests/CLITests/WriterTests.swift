import Foundation
import Testing

/// The writer's promises: only changed bytes are rewritten, stale files it wrote are removed,
/// files it did not write are never touched, and a failed run leaves the folder as it was.
@Suite("generate writes safely")
struct WriterTests {
    private func generate(into output: URL, schema: URL = PackagePaths.schema) throws -> CommandLineRun {
        try CommandLineRun.inicisCodegen(["generate", "--schema", schema.path, "--output", output.path])
    }

    private func inode(_ url: URL) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
    }

    @Test("A second run rewrites nothing; a changed file is the only one rewritten")
    func rewritesOnlyChangedFiles() throws {
        let scratch = try TemporaryFolder()
        let out = scratch.path("out")
        try #require(try generate(into: out).status == 0)
        let files = FolderSnapshot(out).files.keys.sorted()
        let inodes = try Dictionary(uniqueKeysWithValues: files.map { ($0, try inode(out.appendingPathComponent($0))) })

        let second = try generate(into: out)
        #expect(second.status == 0)
        #expect(second.stdout == "\(out.path): up to date (\(files.count) files)\n")
        for file in files {
            #expect(try inode(out.appendingPathComponent(file)) == inodes[file], "\(file) was rewritten")
        }

        let edited = try #require(files.first { $0.hasSuffix(".swift") })
        try Data("// broken\n".utf8).write(to: out.appendingPathComponent(edited))
        let third = try generate(into: out)
        #expect(third.status == 0)
        #expect(third.stdout == "  updated \(edited)\n\(out.path): 1 written, 0 removed, \(files.count - 1) unchanged\n")
        #expect(FolderSnapshot(out) == FolderSnapshot(PackagePaths.generated))
    }

    @Test("Files generated before and no longer produced are removed, with their empty folders")
    func removesStaleFiles() throws {
        let scratch = try TemporaryFolder()
        let out = scratch.path("out")
        try #require(try generate(into: out).status == 0)
        let manifest = out.appendingPathComponent(".inicis-codegen-manifest")
        try (String(contentsOf: manifest, encoding: .utf8) + "Swift/Gone/Old.swift\n").write(to: manifest, atomically: true, encoding: .utf8)
        try scratch.write("out/Swift/Gone/Old.swift", "// generated long ago\n")

        let unchanged = FolderSnapshot(out).files.count - 2
        let run = try generate(into: out)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "  updated .inicis-codegen-manifest\n  removed Swift/Gone/Old.swift\n\(out.path): 1 written, 1 removed, \(unchanged) unchanged\n")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("Swift/Gone").path))
        #expect(FolderSnapshot(out) == FolderSnapshot(PackagePaths.generated))
    }

    @Test("A manifest naming paths outside the folder is refused and removes nothing", arguments: [
        "../outside.txt", "Swift/../../outside.txt", "/tmp/outside.txt", "Swift//Old.swift", "Swift/./Old.swift", "Swift/Old/",
    ])
    func manifestCannotEscape(_ hostilePath: String) throws {
        let scratch = try TemporaryFolder()
        let out = scratch.path("out")
        try #require(try generate(into: out).status == 0)
        try scratch.write("outside.txt", "keep me\n")
        let manifest = out.appendingPathComponent(".inicis-codegen-manifest")
        try (String(contentsOf: manifest, encoding: .utf8) + hostilePath + "\n").write(to: manifest, atomically: true, encoding: .utf8)
        let before = FolderSnapshot(scratch.url)

        let run = try generate(into: out)
        #expect(run.status == 2)
        #expect(run.stderr == "error: '\(hostilePath)' is not a relative path inside the output folder\n")
        #expect(FolderSnapshot(scratch.url) == before)
    }

    @Test("Names made of dots that are not . or .. are ordinary paths")
    func dottedNamesAreOrdinary() throws {
        let scratch = try TemporaryFolder()
        let out = scratch.path("out")
        try #require(try generate(into: out).status == 0)
        let manifest = out.appendingPathComponent(".inicis-codegen-manifest")
        try (String(contentsOf: manifest, encoding: .utf8) + ".../x.swift\n..a/.b\n").write(to: manifest, atomically: true, encoding: .utf8)
        try scratch.write("out/.../x.swift", "// old\n")
        try scratch.write("out/..a/.b", "old\n")

        let unchanged = FolderSnapshot(out).files.count - 3
        let run = try generate(into: out)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "  removed .../x.swift\n  removed ..a/.b\n  updated .inicis-codegen-manifest\n\(out.path): 1 written, 2 removed, \(unchanged) unchanged\n")
    }

    @Test("A FIFO where a generated file belongs is replaced, not read (which would block forever)")
    func fifoInPlaceOfAFile() throws {
        let scratch = try TemporaryFolder()
        let out = scratch.path("out")
        try #require(try generate(into: out).status == 0)
        let page = out.appendingPathComponent("Docs/README.md")
        try FileManager.default.removeItem(at: page)
        try #require(mkfifo(page.path, 0o644) == 0)

        let check = try CommandLineRun.inicisCodegen(["check", "--schema", PackagePaths.schema.path, "--output", out.path])
        #expect(check.status == 1)
        let readme = try String(contentsOf: PackagePaths.generated.appendingPathComponent("Docs/README.md"), encoding: .utf8)
        #expect(check.stderr == CheckReport(output: out, changes: [("Docs/README.md", "missing", "", readme)]).text)
        let run = try generate(into: out)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FolderSnapshot(out) == FolderSnapshot(PackagePaths.generated))
    }

    @Test("Files the generator did not write are never removed or overwritten")
    func leavesForeignFilesAlone() throws {
        let scratch = try TemporaryFolder()
        let out = scratch.path("out")
        try scratch.write("out/Swift/HandWritten.swift", "// mine\n")
        try scratch.write("out/Docs/notes.md", "mine\n")
        try #require(try generate(into: out).status == 0)
        #expect(try String(contentsOf: scratch.path("out/Swift/HandWritten.swift"), encoding: .utf8) == "// mine\n")
        #expect(try String(contentsOf: scratch.path("out/Docs/notes.md"), encoding: .utf8) == "mine\n")

        // A file in the way of a generated one is refused, not overwritten.
        let generatedFile = try #require(FolderSnapshot(PackagePaths.generated).files.keys.sorted().first { $0.hasSuffix(".md") })
        let fresh = scratch.path("fresh")
        try scratch.write("fresh/\(generatedFile)", "precious\n")
        let run = try generate(into: fresh)
        #expect(run.status == 2)
        #expect(run.stderr == "\(fresh.path): error: refusing to overwrite files inicis-codegen did not write: \(generatedFile); move them away and run again\n")
        #expect(try String(contentsOf: fresh.appendingPathComponent(generatedFile), encoding: .utf8) == "precious\n")
        #expect(FolderSnapshot(fresh).files.count == 1)
    }

    @Test("An unwritable output folder fails cleanly and leaves it byte-identical",
           .enabled(if: PermissionTestBench.unavailableReason == nil, "\(PermissionTestBench.unavailableReason ?? "")"))
    func unwritableFolder() throws {
        let bench = try PermissionTestBench()
        let out = bench.scratch.path("out")
        try #require(try bench.run(["generate", "--schema", bench.schema.path, "--output", out.path]).status == 0)
        let edited = try #require(FolderSnapshot(out).files.keys.sorted().first { $0.hasPrefix("Swift/") })
        try Data("// stale\n".utf8).write(to: out.appendingPathComponent(edited))
        let before = FolderSnapshot(out)
        for folder in [out] + FolderSnapshot.folders(under: out) {
            try PermissionTestBench.setPermissions(0o555, of: folder)
        }

        let run = try bench.runUnprivileged(["generate", "--schema", bench.schema.path, "--output", out.path])
        #expect(run.status == 2, "\(run.stderr)")
        // The reason in parentheses is the system's wording of "permission denied".
        let expected = "\(out.path): error: cannot write the generated files ("
        #expect(run.stderr.hasPrefix(expected) && run.stderr.hasSuffix("); nothing was changed\n") && run.stderr.filter { $0 == "\n" }.count == 1, "\(run.stderr)")
        #expect(FolderSnapshot(out) == before)
    }

    @Test("A write that fails part-way leaves the folder byte-identical")
    func failurePartWay() throws {
        let scratch = try TemporaryFolder()
        let out = scratch.path("out")
        try #require(try generate(into: out).status == 0)
        let files = FolderSnapshot(out).files.keys.sorted()
        // Make the first file stale so it is staged, then put a plain file where a later
        // generated folder must be, so staging fails after it has started.
        let early = try #require(files.first { !$0.hasPrefix(".") })
        try Data("// stale\n".utf8).write(to: out.appendingPathComponent(early))
        let late = try #require(files.last { $0.contains("/") })
        let folder = out.appendingPathComponent(late).deletingLastPathComponent()
        try FileManager.default.removeItem(at: folder)
        try Data("in the way\n".utf8).write(to: folder)
        let before = FolderSnapshot(out)

        let run = try generate(into: out)
        #expect(run.status == 2, "\(run.stderr)")
        // The reason in parentheses is the system's wording of "not a directory".
        #expect(run.stderr.hasPrefix("\(out.path): error: cannot write the generated files (") && run.stderr.hasSuffix("); nothing was changed\n")
                && run.stderr.filter { $0 == "\n" }.count == 1, "\(run.stderr)")
        #expect(FolderSnapshot(out) == before)
    }

    @Test("A schema error leaves the output folder byte-identical")
    func schemaErrorChangesNothing() throws {
        let scratch = try TemporaryFolder()
        let out = scratch.path("out")
        try #require(try generate(into: out).status == 0)
        try Data("// stale\n".utf8).write(to: out.appendingPathComponent(".inicis-codegen-manifest.keep"))
        let before = FolderSnapshot(out)
        let original = try String(contentsOf: PackagePaths.schema, encoding: .utf8)
        try scratch.write("broken.xml", original.replacingOccurrences(of: "ref=\"Customer\"", with: "ref=\"Custmer\""))

        let run = try generate(into: out, schema: scratch.path("broken.xml"))
        #expect(run.status == 1)
        let diagnostics = try RealSchemaLines().unknownCustomer(file: scratch.path("broken.xml").path)
        #expect(run.stderr == RealSchemaLines.listing(diagnostics, errors: diagnostics.count - 2, warnings: 2))
        #expect(FolderSnapshot(out) == before)
    }
}
