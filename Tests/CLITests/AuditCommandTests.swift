import Foundation
import Testing

/// `inicis-codegen audit` as scripts and CI run it: the exit status decides, the report is on
/// stdout, and unusable input is one line on stderr and exit 2. The documents and schemas are
/// the audit library's fixtures (Tests/InicisAuditTests/Fixtures).
@Suite("audit")
struct AuditCommandTests {
    static let fixtures = PackagePaths.root.appendingPathComponent("Tests/InicisAuditTests/Fixtures")

    private func audit(_ schema: String, sdk: String = "sdk.yml", openAPI: String = "openapi.json", _ extra: [String] = [], in directory: URL = fixtures) throws -> CommandLineRun {
        try CommandLineRun.inicisCodegen(["audit", "--schema", schema, "--sdk", sdk, "--openapi", openAPI] + extra, in: directory)
    }

    @Test("Unexplained drift: exit 1, one error line per drift at the schema node, then the summary")
    func unexplained() throws {
        let run = try audit("drifted.xml")
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 11)
        #expect(lines.first == "drifted.xml:6: error: [enum-value-added] payment: currency: PortOne's SDK enum 'Currency' has value 'JPY', which enum 'Currency' lacks (sdk.yml:9)")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("drifted.xml:") && $0.contains(": error: [") })
        #expect(lines.last == "audit: 10 unexplained drifts, 0 explained, 0 stale explanations")
    }

    @Test("Every drift explained: exit 0 and only the summary; --show-explained lists them as notes")
    func explained() throws {
        let run = try audit("explained.xml")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "audit: 0 unexplained drifts, 8 explained, 0 stale explanations\n")
        let verbose = try audit("explained.xml", ["--show-explained"])
        #expect(verbose.status == 0)
        #expect(verbose.stdout.split(separator: "\n").filter { $0.contains(": note: [") }.count == 8)
    }

    @Test("Stale explanations are warnings and do not fail the audit")
    func stale() throws {
        let run = try audit("stale.xml")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").filter { $0.contains(": warning: [stale-explanation] ") }.count == 3)
    }

    @Test("--format json prints one JSON document; the exit status is the same")
    func json() throws {
        let run = try audit("drifted.xml", ["--format", "json"])
        #expect(run.status == 1)
        #expect(run.stdout.hasSuffix("}\n"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["unexplained"] as? Int == 10)
        #expect((document["drifts"] as? [Any])?.count == 10)
        let clean = try audit("explained.xml", ["--format", "json"])
        #expect(clean.status == 0)
    }

    @Test("A missing document is exit 2 with one line")
    func missingFile() throws {
        let run = try audit("drifted.xml", sdk: "nope.yml")
        #expect(run.status == 2)
        #expect(run.stderr == "nope.yml: error: no such file\n")
        #expect(run.stdout.isEmpty)
        let json = try audit("drifted.xml", openAPI: "nope.json")
        #expect(json.status == 2)
        #expect(json.stderr == "nope.json: error: no such file\n")
    }

    @Test("Malformed YAML, YAML of another shape, malformed JSON, JSON of another shape: exit 2, one line each", arguments: [
        ("bad.yml", "storeId: [1, 2\n", "bad.yml:2:1: error: not valid YAML: did not find expected ',' or ']'\n"),
        ("other.yml", "openapi: 3.0.3\npaths: {}\n", "other.yml: error: not PortOne's browser-SDK schema: expected a mapping with 'resources' and 'methods' mappings\n"),
        ("binary.yml", "", "binary.yml: error: not UTF-8 text\n"),
        ("bad.json", "{\"openapi\": \"3.0.3\",", "bad.json: error: not valid JSON (Unexpected end of file during JSON parse.)\n"),
        ("other.json", "{\"swagger\": \"2.0\"}", "other.json: error: not an OpenAPI document: expected an object with 'openapi' and 'paths'\n"),
    ] as [(String, String, String?)])
    func unusable(_ name: String, _ content: String, _ expected: String?) throws {
        let scratch = try TemporaryFolder()
        if name == "binary.yml" {
            try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: scratch.path(name))
        } else {
            try scratch.write(name, content)
        }
        let isYAML = name.hasSuffix(".yml")
        let run = try audit(
            Self.fixtures.appendingPathComponent("drifted.xml").path,
            sdk: isYAML ? name : Self.fixtures.appendingPathComponent("sdk.yml").path,
            openAPI: isYAML ? Self.fixtures.appendingPathComponent("openapi.json").path : name,
            in: scratch.url)
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix(name + ":") && run.stderr.contains(" error: "), "\(run.stderr)")
        #expect(run.stderr.filter { $0 == "\n" }.count == 1, "one line: \(run.stderr)")
        if let expected { #expect(run.stderr == expected) }
    }

    @Test("A schema with errors is exit 1 with its diagnostics, as for lint")
    func brokenSchema() throws {
        let broken = PackagePaths.root.appendingPathComponent("Tests/InicisSchemaTests/Fixtures/Broken/omitted-names-a-field.xml").path
        let run = try audit(broken)
        #expect(run.status == 1)
        #expect(run.stderr.contains("omitted-names-a-field.xml:24: error: omitted key 'storeId' of object 'PaymentRequest' is a field of the object"))
        #expect(run.stdout.isEmpty)
    }

    @Test("An unknown format or a missing document option is exit 2")
    func badArguments() throws {
        #expect(try audit("drifted.xml", ["--format", "yaml"]).status == 2)
        let run = try CommandLineRun.inicisCodegen(["audit", "--sdk", "sdk.yml"], in: Self.fixtures)
        #expect(run.status == 2)
    }
}
