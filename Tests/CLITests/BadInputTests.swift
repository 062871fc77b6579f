import Foundation
import Testing

/// Schema files the generator must refuse: a diagnostic naming the file, a non-zero exit, fast,
/// and the output folder untouched.
@Suite("Bad schema input")
struct BadInputTests {
    static let hostile: [(name: String, bytes: [UInt8])] = [
        ("empty", []),
        ("binary", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0xFE]),
        ("latin1", Array("<?xml version=\"1.0\"?><schema>caf".utf8) + [0xE9] + Array("</schema>".utf8)),
        ("malformed", Array("<?xml version=\"1.0\"?>\n<schema xmlns=\"urn:inicis-codegen:schema:1\" version=\"1\">\n<title>x</title>\n".utf8)),
        ("xxe", Array("""
            <?xml version="1.0"?>
            <!DOCTYPE schema [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <schema xmlns="urn:inicis-codegen:schema:1" version="1"><title>&secret;</title></schema>
            """.utf8)),
        ("billion-laughs", Array(("<?xml version=\"1.0\"?>\n<!DOCTYPE schema [\n<!ENTITY a \"" + String(repeating: "ha", count: 5000) + "\">\n"
            + (1...9).map { "<!ENTITY e\($0) \"" + String(repeating: "&\($0 == 1 ? "a" : "e\($0 - 1)");", count: 10) + "\">" }.joined(separator: "\n")
            + "\n]>\n<schema xmlns=\"urn:inicis-codegen:schema:1\" version=\"1\"><title>&e9;</title></schema>\n").utf8)),
        ("external-dtd", Array("""
            <?xml version="1.0"?>
            <!DOCTYPE schema SYSTEM "http://127.0.0.1:9/inicis.dtd">
            <schema xmlns="urn:inicis-codegen:schema:1" version="1"><title>x</title></schema>
            """.utf8)),
    ]

    @Test("Each hostile schema is refused quickly with a diagnostic naming the file", arguments: hostile.map(\.name))
    func refused(_ name: String) throws {
        let bytes = try #require(Self.hostile.first { $0.name == name }?.bytes)
        let scratch = try TemporaryFolder()
        let schema = scratch.path("\(name).xml")
        try Data(bytes).write(to: schema)
        try scratch.write("out/keep.txt", "untouched\n")
        let before = FolderSnapshot(scratch.path("out"))

        let run = try CommandLineRun.inicisCodegen(["generate", "--schema", schema.path, "--output", scratch.path("out").path])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("\(name).xml"), "the diagnostic names the file: \(run.stderr)")
        #expect(run.stderr.contains("error:"))
        #expect(!run.stderr.contains("root:"), "no file content may leak: \(run.stderr)")
        #expect(run.seconds < 2, "took \(run.seconds) s")
        #expect(FolderSnapshot(scratch.path("out")) == before)
    }

    @Test("A missing schema file is one clear line and exit 2")
    func missingFile() throws {
        let run = try CommandLineRun.inicisCodegen(["lint", "--schema", "/nonexistent/inicis-v2.xml"])
        #expect(run.status == 2)
        #expect(run.stderr == "/nonexistent/inicis-v2.xml: error: no such file\n")
    }

    @Test("A folder given as the schema is one clear line and exit 2")
    func folderAsSchema() throws {
        let scratch = try TemporaryFolder()
        let folder = scratch.path("schema.xml")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let run = try CommandLineRun.inicisCodegen(["lint", "--schema", folder.path])
        #expect(run.status == 2)
        #expect(run.stderr == "\(folder.path): error: is a directory, not a file\n")
    }

    /// A device has no size to refuse it by, so it is read only one byte past the limit.
    @Test("An endless device as the schema is refused as too large, without reading it all")
    func endlessDevice() throws {
        let run = try CommandLineRun.inicisCodegen(["lint", "--schema", "/dev/zero"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("/dev/zero"))
        #expect(run.stderr.contains("error:"))
        #expect(run.seconds < 2, "took \(run.seconds) s")
    }

    @Test("lint accepts the real schema")
    func lintRealSchema() throws {
        let run = try CommandLineRun.inicisCodegen(["lint", "--schema", PackagePaths.schema.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("no errors"))
    }

    @Test("lint reports every problem with file and line")
    func lintReportsProblems() throws {
        let scratch = try TemporaryFolder()
        let original = try String(contentsOf: PackagePaths.schema, encoding: .utf8)
        let broken = original
            .replacingOccurrences(of: "ref=\"Customer\"", with: "ref=\"Custmer\"")
            .replacingOccurrences(of: "contract=\"vat-tax-free\"", with: "contract=\"vat-taxfree\"")
        try scratch.write("broken.xml", broken)
        let line = original.components(separatedBy: "\n").firstIndex { $0.contains("ref=\"Customer\"") }! + 1

        let run = try CommandLineRun.inicisCodegen(["lint", "--schema", scratch.path("broken.xml").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("broken.xml:\(line):"), "\(run.stderr)")
        #expect(run.stderr.contains("Custmer"))
        #expect(run.stderr.contains("vat-taxfree"))
    }
}

@Suite("Usage mistakes")
struct UsageMistakeTests {
    @Test("A missing option or an unknown flag is unusable input: exit 2 with the usage on stderr",
          arguments: [["validate", "-"], ["fields", "--format", "yaml"], ["generate", "--no-such-flag"]])
    func usageMistake(_ arguments: [String]) throws {
        let run = try CommandLineRun.inicisCodegen(arguments, stdin: "{}")
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("Error:"))
        #expect(run.stdout.isEmpty)
    }

    @Test("--help still exits 0")
    func help() throws {
        let run = try CommandLineRun.inicisCodegen(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("validate"))
    }
}
