import Foundation
@testable import InicisCodegen
import InicisSchema
import Testing

/// The promise of the schema language, as a property: every schema `lint` accepts generates
/// Swift that compiles and pages that render; every schema it refuses is refused at the lines of
/// elements. Random schemas (`RandomSchema`) come from one seed, printed by every run and in
/// every failure:
///
/// - `drawsPerCompiledSchema` schemas per run are loaded as `lint` loads them; each diagnostic
///   must point at a line where an element starts. The accepted ones are generated, and every
///   page is rendered with cmark-gfm: rows keep their header's cells, links land, ids are unique,
///   no HTML tag comes from schema text.
/// - The first accepted one (more with `INICIS_RANDOM_SCHEMA_COUNT`) is compiled, as its own
///   target of one package, in Swift 6 mode with warnings as errors.
///
/// Run more locally, or replay a failure (the failing schema's seed is its own first draw):
///
///     INICIS_RANDOM_SCHEMA_COUNT=20 swift test --filter RandomSchemaTests
///     INICIS_RANDOM_SCHEMA_SEED=1234 swift test --filter RandomSchemaTests
///
/// A failure keeps the schema (`inicis-random-schema-SEED.xml`) and the package in the temporary
/// folder and says where.
@Suite("Random schemas")
struct RandomSchemaTests {
    /// Schemas compiled per run, each a target of one package: a target compiles a whole copy of
    /// the generated runtime (about 20 s on the 2-core development machine).
    static let compiledCount = max(1, environmentInteger("INICIS_RANDOM_SCHEMA_COUNT") ?? 1)
    /// Schemas drawn per compiled one: loading, generating and rendering are cheap.
    static let drawsPerCompiledSchema = Int(ProcessInfo.processInfo.environment["TMP_DRAWS"] ?? "25")!

    static let baseSeed: UInt64 = environmentInteger("INICIS_RANDOM_SCHEMA_SEED").map { UInt64(bitPattern: Int64($0)) } ?? UInt64.random(in: 0...UInt64.max)

    @Test("the same seed gives the same schema")
    func seedsReproduce() {
        let seed = Self.baseSeed
        #expect(RandomSchema(seed: seed).xml == RandomSchema(seed: seed).xml, "seed \(seed)")
        #expect(RandomSchema(seed: seed).xml != RandomSchema(seed: seed &+ 1).xml, "seed \(seed)")
    }

    @Test(.timeLimit(.minutes(10)))
    func acceptedSchemasGenerateSwiftThatCompilesAndPagesThatRender() throws {
        let seed = Self.baseSeed
        print("Random schemas: INICIS_RANDOM_SCHEMA_SEED=\(Int64(bitPattern: seed))")
        var accepted: [(seed: UInt64, schema: Schema)] = []
        var refusals: [String: Int] = [:]
        for offset in 0..<UInt64(Self.compiledCount * Self.drawsPerCompiledSchema) {
            let random = RandomSchema(seed: seed &+ offset)
            let file = "random-\(Int64(bitPattern: random.seed)).xml"
            let result = SchemaLoader().load(Array(random.xml.utf8), path: file)
            let misplaced = result.diagnostics.filter { diagnostic in
                guard diagnostic.location.file == file, let element = random.elementLines[diagnostic.location.line] else { return true }
                return !(Self.elements(named: diagnostic.message)?.contains(element) ?? true)
            }
            #expect(misplaced.isEmpty, "diagnostics not at the line of the element they name (\(Self.keep(random))):\n\(misplaced.map { "\($0) [line of <\(random.elementLines[$0.location.line] ?? "no element")>]" }.joined(separator: "\n"))")
            guard let schema = result.schema else {
                for error in result.diagnostics where error.severity == .error { refusals[Self.kind(of: error.message), default: 0] += 1 }
                continue
            }
            let resolved = schema.resolved()
            try Self.expectPagesRender(TestGenerator.files(for: resolved), of: random)
            accepted.append((random.seed, resolved))
        }
        print("Random schemas: \(accepted.count) of \(Self.compiledCount * Self.drawsPerCompiledSchema) accepted; refusals by kind: \(refusals.sorted { $0.key < $1.key })")
        // A generator that only made refused schemas would prove nothing.
        try #require(accepted.count >= Self.compiledCount, "too few schemas accepted; refusals: \(refusals)")
        if ProcessInfo.processInfo.environment["TMP_DRAWS"] == nil { try Self.expectCompiles(Array(accepted.prefix(Self.compiledCount))) }
    }

    // MARK: Checks

    static func expectPagesRender(_ files: [GeneratedFile], of random: RandomSchema) throws {
        guard GFMRenderer.isAvailable else { return }
        let docs = files.filter { $0.path.hasPrefix("Docs/") }
        var problems: [String] = []
        var markdown: [String: String] = [:]
        for page in docs {
            markdown[String(page.path.dropFirst("Docs/".count))] = page.contents
            problems += tableShapeProblems(page)
        }
        let site = try RenderedSite(markdown)
        for page in site.pages.values.sorted(by: { $0.name < $1.name }) {
            let unexpected = page.tagNames.subtracting(InjectedTextTests.allowedTags)
            if !unexpected.isEmpty { problems.append("\(page.name): HTML tags no page writes: \(unexpected.sorted())") }
            problems += page.malformedRows
        }
        problems += site.brokenLinks + site.duplicateIDs.map { "duplicate id \($0)" }
        #expect(problems.isEmpty, "pages of an accepted schema (\(keep(random))):\n\(problems.prefix(10).joined(separator: "\n"))")
    }

    /// Rows whose count of unescaped pipes differs from their header's.
    static func tableShapeProblems(_ page: GeneratedFile) -> [String] {
        var problems: [String] = []
        var headerCells: Int?
        for line in page.contents.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                headerCells = nil
                continue
            }
            let cells = InjectedTextTests.unescapedPipes(in: line) - 1
            if let expected = headerCells, cells != expected {
                problems.append("\(page.path): a row with \(cells) cells under a header with \(expected): \(line.prefix(200))")
            } else if headerCells == nil {
                headerCells = cells
            }
        }
        return problems
    }

    /// Builds each schema's Swift as a target of one package, in Swift 6 mode with warnings as errors.
    static func expectCompiles(_ schemas: [(seed: UInt64, schema: Schema)]) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("inicis-random-schemas-\(UUID().uuidString)")
        let targets = schemas.map { "Random\(String($0.seed, radix: 16))" }
        for (target, (_, schema)) in zip(targets, schemas) {
            try GeneratedSwiftCompilesTests.write(TestGenerator.files(for: schema), into: root.appendingPathComponent("Sources/\(target)"))
        }
        try Data(GeneratedSwiftCompilesTests.manifest(targets: targets).utf8).write(to: root.appendingPathComponent("Package.swift"))
        let (status, log) = try GeneratedSwiftCompilesTests.run(["swift", "build", "--package-path", root.path])
        let seeds = schemas.map { "INICIS_RANDOM_SCHEMA_SEED=\(Int64(bitPattern: $0.seed))" }.joined(separator: ", ")
        #expect(status == 0, "swift build failed for \(seeds) (target RandomHEXSEED; the package is kept at \(root.path)):\n\(log.suffix(20_000))")
        if status == 0 { try? FileManager.default.removeItem(at: root) }
    }

    // MARK: Support

    static let ruleElements: Set<String> = ["required-group", "exactly-one", "require", "forbid", "allowed-values", "format", "range", "order", "future", "needs-contract"]

    /// The elements a diagnostic may stand at, read from what its message is about (`field '…'`
    /// at a field or path parameter, `… example '…'` at that example); nil when the message does
    /// not say (an XSD message, a schema-wide one).
    static func elements(named message: String) -> Set<String>? {
        func about(_ prefix: String) -> Bool { message.hasPrefix(prefix) }
        if message.contains(": path-parameter '"), about("SDK operation") || about("REST operation") { return ["path-parameter"] }
        if about("token '"), message.contains("example '") { return ["example"] }
        // Grammar values carry no location of their own: their diagnostics stand at the token.
        if about("token '") || about("the name '") || about("duplicate value name '") { return ["token"] }
        if about("Swift property name '") || about("field '") { return ["field", "path-parameter"] }
        if about("Swift parameter name '") { return ["path-parameter"] }
        if about("Swift case name '") { return message.contains("of token '") ? ["token"] : ["value"] }
        if about("rule '"), message.contains(": condition on '") { return ["when"] }
        if about("rule '") || about("rule id '") || about("duplicate rule id '") { return ruleElements }
        if about("repeat '") { return ["repeat"] }
        if about("example '") || about("duplicate example id '") { return ["example"] }
        if about("omitted ") { return ["omitted"] }
        if about("contract '") || about("duplicate contract id '") { return ["contract"] }
        if about("object '") { return ["object"] }
        if about("operation") || about("SDK operation") || about("REST operation") { return ["operation"] }
        if about("value '") || about("duplicate value '") { return ["value"] }
        if about("pay-method table '") { return message.contains("is not a value of enum") || message.contains("row value") ? ["row"] : ["table"] }
        if about("the swift-name '") || about("Swift type name '"), let owner = message.firstMatch(of: /' of (enum|object|grammar|value|field|token|path-parameter) '/) {
            return [String(owner.output.1)]
        }
        return nil
    }

    /// Writes the schema to the temporary folder; says where, and how to draw it again.
    static func keep(_ random: RandomSchema) -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("inicis-random-schema-\(Int64(bitPattern: random.seed)).xml")
        try? Data(random.xml.utf8).write(to: url)
        return "INICIS_RANDOM_SCHEMA_SEED=\(Int64(bitPattern: random.seed)), kept at \(url.path)"
    }

    /// A refusal's message without its names, to count refusals by kind: `field '…' of …`.
    static func kind(of message: String) -> String {
        var kind = ""
        var quoted = false
        for character in message {
            if character == "'" {
                quoted.toggle()
                kind += quoted ? "'…" : "'"
            } else if !quoted {
                kind.append(character)
            }
        }
        return String(kind.prefix(50))
    }

    static func environmentInteger(_ name: String) -> Int? {
        ProcessInfo.processInfo.environment[name].flatMap { Int($0) }
    }
}
