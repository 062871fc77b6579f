import Foundation
import Testing

/// Schema files the generator must refuse: a diagnostic naming the file, a non-zero exit, fast,
/// and the output folder untouched.
@Suite("Bad schema input")
struct BadInputTests {
    static let refusesDTDs = "the schema language does not allow DTDs or entity declarations; remove the <!DOCTYPE …> declaration"

    /// Each file, and the one diagnostic it gets: where, and what it says (the end of libxml2's
    /// own messages is libxml2's wording, so only their beginning is given).
    static let hostile: [(name: String, bytes: [UInt8], location: String, message: String)] = [
        ("empty", [], ":1", "the schema file is empty"),
        ("binary", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0xFE], ":1:7", "the schema file looks binary: it contains a NUL byte"),
        ("latin1", Array("<?xml version=\"1.0\"?><schema>caf".utf8) + [0xE9] + Array("</schema>".utf8), ":1:33",
         "the schema file is not valid UTF-8: ill-formed byte sequence starting with 0xE9"),
        ("malformed", Array("<?xml version=\"1.0\"?>\n<schema xmlns=\"urn:inicis-codegen:schema:1\" version=\"1\">\n<title>x</title>\n".utf8), ":4:1",
         "malformed XML: "),
        ("xxe", Array("""
            <?xml version="1.0"?>
            <!DOCTYPE schema [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <schema xmlns="urn:inicis-codegen:schema:1" version="1"><title>&secret;</title></schema>
            """.utf8), ":2", refusesDTDs),
        ("billion-laughs", Array(("<?xml version=\"1.0\"?>\n<!DOCTYPE schema [\n<!ENTITY a \"" + String(repeating: "ha", count: 5000) + "\">\n"
            + (1...9).map { "<!ENTITY e\($0) \"" + String(repeating: "&\($0 == 1 ? "a" : "e\($0 - 1)");", count: 10) + "\">" }.joined(separator: "\n")
            + "\n]>\n<schema xmlns=\"urn:inicis-codegen:schema:1\" version=\"1\"><title>&e9;</title></schema>\n").utf8), ":2", refusesDTDs),
        ("external-dtd", Array("""
            <?xml version="1.0"?>
            <!DOCTYPE schema SYSTEM "http://127.0.0.1:9/inicis.dtd">
            <schema xmlns="urn:inicis-codegen:schema:1" version="1"><title>x</title></schema>
            """.utf8), ":2", refusesDTDs),
    ]

    @Test("Each hostile schema is refused quickly with a diagnostic naming the file", arguments: hostile.map(\.name))
    func refused(_ name: String) throws {
        let hostile = try #require(Self.hostile.first { $0.name == name })
        let bytes = hostile.bytes
        let scratch = try TemporaryFolder()
        let schema = scratch.path("\(name).xml")
        try Data(bytes).write(to: schema)
        try scratch.write("out/keep.txt", "untouched\n")
        let before = FolderSnapshot(scratch.path("out"))

        let run = try CommandLineRun.inicisCodegen(["generate", "--schema", schema.path, "--output", scratch.path("out").path])
        #expect(run.status == 1, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        let diagnostic = "\(schema.path)\(hostile.location): error: \(hostile.message)"
        #expect(lines.count == 3 && lines[0].hasPrefix(diagnostic) && lines[1...] == ["1 error, 0 warnings generated.", ""], "\(run.stderr)")
        #expect(hostile.message.hasSuffix(": ") || lines[0] == diagnostic, "\(run.stderr)")
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
        #expect(run.stderr == "/dev/zero: error: the schema file is 16777217 bytes long; the limit is 16777216 bytes\n1 error, 0 warnings generated.\n")
        #expect(run.seconds < 2, "took \(run.seconds) s")
    }

    @Test("lint accepts the real schema")
    func lintRealSchema() throws {
        let run = try CommandLineRun.inicisCodegen(["lint", "--schema", PackagePaths.schema.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "\(PackagePaths.schema.path): no errors\n")
        #expect(run.stderr == "")
    }

    @Test("lint reports every problem with file and line")
    func lintReportsProblems() throws {
        let scratch = try TemporaryFolder()
        let original = try String(contentsOf: PackagePaths.schema, encoding: .utf8)
        let broken = original
            .replacingOccurrences(of: "ref=\"Customer\"", with: "ref=\"Custmer\"")
            .replacingOccurrences(of: "contract=\"vat-tax-free\"", with: "contract=\"vat-taxfree\"")
        try scratch.write("broken.xml", broken)
        let path = scratch.path("broken.xml").path
        let schemaLines = try RealSchemaLines()
        let unknownContracts = schemaLines.matching("contract=\"vat-tax-free\"").map { number, line in
            let field = line.split(separator: "name=\"")[1].prefix { $0 != "\"" }
            return (number, "\(path):\(number): error: field '\(field)': unknown contract 'vat-taxfree'; did you mean 'vat-tax-free'?")
        }
        let diagnostics = schemaLines.unknownCustomer(file: path) + unknownContracts

        let run = try CommandLineRun.inicisCodegen(["lint", "--schema", path])
        #expect(run.status == 1)
        #expect(run.stderr == RealSchemaLines.listing(diagnostics, errors: diagnostics.count - 2, warnings: 2))
    }
}

@Suite("Usage mistakes")
struct UsageMistakeTests {
    @Test("A missing option or an unknown flag is unusable input: exit 2 with the usage on stderr",
          arguments: [["validate", "-"], ["fields", "--format", "yaml"], ["generate", "--no-such-flag"]])
    func usageMistake(_ arguments: [String]) throws {
        let run = try CommandLineRun.inicisCodegen(arguments, stdin: "{}")
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("Error: "), "\(run.stderr)")
        #expect(run.stderr.contains("\nUsage: inicis-codegen \(arguments[0]) "), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("--help still exits 0")
    func help() throws {
        let run = try CommandLineRun.inicisCodegen(["--help"])
        #expect(run.status == 0)
        // Each subcommand's line starts with two spaces and its name; wrapped abstracts with more.
        let subcommands = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).drop { $0 != "SUBCOMMANDS:" }.dropFirst()
            .prefix { !$0.isEmpty }.filter { !$0.hasPrefix("   ") }.map { $0.split(separator: " ")[0] }
        #expect(subcommands == ["generate", "check", "lint", "validate", "fields", "normalize", "diff", "emit-swift", "audit"], "\(run.stdout)")
    }
}
