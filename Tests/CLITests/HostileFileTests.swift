import Foundation
import Testing

/// Hostile schema files are refused, or handled, in under a second and 100 MB, measured on the
/// real process: an entity bomb, a 50 MB file, nesting 10,000 levels deep.
@Suite("Hostile files: time and memory")
struct HostileFileTests {
    static let secondsBudget = 1.0
    static let memoryBudget = 100 * 1024 * 1024

    static let root = "<schema xmlns=\"urn:inicis-codegen:schema:1\" version=\"1\">"

    /// What the run prints on stderr for a file: the whole text, given its path and size, or for
    /// libxml2's own refusals, that every diagnostic is a "malformed XML" error (the rest of each
    /// message is libxml2's wording, and how many it gives is its choice).
    enum Refusal: Sendable {
        case exactly(@Sendable (_ path: String, _ size: Int) -> String)
        case malformedXML
    }

    static let cases: [(name: String, refusal: Refusal, make: @Sendable () -> Data)] = [
        ("entity-bomb", .exactly { path, _ in
            "\(path):2: error: the schema language does not allow DTDs or entity declarations; remove the <!DOCTYPE …> declaration\n1 error, 0 warnings generated.\n"
        }, {
            // Each level references the previous ten times: 10^9 copies of "ha" if expanded.
            let levels = (1...9).map { "<!ENTITY e\($0) \"" + String(repeating: "&e\($0 - 1);", count: 10) + "\">" }
            return Data(("<?xml version=\"1.0\"?>\n<!DOCTYPE schema [\n<!ENTITY e0 \"ha\">\n" + levels.joined(separator: "\n")
                + "\n]>\n" + root + "<title>&e9;</title></schema>\n").utf8)
        }),
        ("50-mb-file", .exactly { path, size in
            "\(path): error: the schema file is \(size) bytes long; the limit is 16777216 bytes\n1 error, 0 warnings generated.\n"
        }, {
            // Well-formed and plausible: one enormous title.
            var data = Data(("<?xml version=\"1.0\"?>\n" + root + "<title>").utf8)
            data.append(Data(repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024))
            data.append(Data("</title></schema>\n".utf8))
            return data
        }),
        ("just-under-the-limit", .malformedXML, {
            // 16 MB minus a little, all in one comment: parsed, not refused by size.
            var data = Data(("<?xml version=\"1.0\"?>\n" + root + "<!--").utf8)
            data.append(Data(repeating: UInt8(ascii: "a"), count: 16 * 1024 * 1024 - 200))
            data.append(Data("--><title>x</title></schema>\n".utf8))
            return data
        }),
        ("nesting-10000-deep", .malformedXML, {
            let depth = 10_000
            return Data(("<?xml version=\"1.0\"?>\n" + root + "<title>x</title>" + String(repeating: "<a>", count: depth)
                + String(repeating: "</a>", count: depth) + "</schema>\n").utf8)
        }),
    ]

    @Test("Refused within the budgets", .enabled(if: MeasuredRun.isAvailable, "needs /usr/bin/time (apt-get install time)"), arguments: cases.map(\.name))
    func refusedWithinBudgets(_ name: String) throws {
        let hostile = try #require(Self.cases.first { $0.name == name })
        let scratch = try TemporaryFolder()
        let schema = scratch.path("\(name).xml")
        let bytes = hostile.make()
        try bytes.write(to: schema)

        let run = try MeasuredRun.inicisCodegen(["generate", "--schema", schema.path, "--output", scratch.path("out").path])
        #expect(run.status == 1, "\(run.stderr)")
        switch hostile.refusal {
        case .exactly(let text):
            #expect(run.stderr == text(schema.path, bytes.count))
        case .malformedXML:
            let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            let diagnostics = lines.dropLast(2)
            #expect(!diagnostics.isEmpty && diagnostics.allSatisfy { $0.hasPrefix(schema.path + ":") && $0.contains(": error: malformed XML: ") }, "\(run.stderr)")
            #expect(lines.suffix(2) == ["\(diagnostics.count) error\(diagnostics.count == 1 ? "" : "s"), 0 warnings generated.", ""], "\(run.stderr)")
        }
        #expect(run.seconds < Self.secondsBudget, "took \(run.seconds) s")
        #expect(run.peakMemory < Self.memoryBudget, "peak memory \(run.peakMemory / 1024 / 1024) MB")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out").path), "nothing may be written")
    }
}
