import Foundation
@testable import InicisCodegen
import InicisSchema
import Testing

/// The promise of the schema language, as a property: every schema `lint` accepts generates
/// Swift that compiles and pages that render; every schema it refuses is refused at the lines of
/// the elements at fault. Random schemas (`RandomSchema`) come from fixed seeds, so that every
/// run checks the same schemas and a failure names the seed that rebuilds its schema:
///
/// - Each schema is loaded as `lint` loads it; each diagnostic must point at a line where an
///   element starts, and at an element of the kind its message names. An accepted schema is
///   generated and every page is rendered with cmark-gfm: rows keep their header's cells, links
///   land, ids are unique, no HTML tag comes from schema text.
/// - The accepted schemas of the first few seeds are compiled, each a target of one package on one copy of the runtime,
///   in Swift 6 mode with warnings as errors: one `swift build` for all.
///
/// Explore more seeds locally; a seed that finds a bug joins the fixed ones, with the fix:
///
///     INICIS_RANDOM_SCHEMA_SEEDS=1000...1199 swift test --filter RandomSchemaTests
///
/// A failure keeps the schema (`inicis-random-schema-SEED.xml`) or the package in the temporary
/// folder and says where.
@Suite("Random schemas")
struct RandomSchemaTests {
    /// `INICIS_RANDOM_SCHEMA_SEEDS` (`first...last` or `a,b,c`): seeds to check instead of the
    /// fixed ones, each linted, rendered and, when accepted, compiled.
    static let chosenSeeds = ProcessInfo.processInfo.environment["INICIS_RANDOM_SCHEMA_SEEDS"].flatMap(parseSeeds)

    /// Seeds linted and rendered on every run: about half their schemas are accepted, and each
    /// takes some 50 ms.
    static let seeds: [UInt64] = chosenSeeds ?? Array(1...160)

    /// Seeds whose accepted schemas are compiled on every run: 9 of these 16 are accepted, and
    /// their build takes some 50 s on a 2-core machine (each target about 3 s, the runtime the rest).
    static let compiledSeeds: [UInt64] = chosenSeeds ?? Array(1...16)

    @Test("the same seed gives the same schema")
    func seedsReproduce() {
        #expect(RandomSchema(seed: 7).xml == RandomSchema(seed: 7).xml)
        #expect(RandomSchema(seed: 7).xml != RandomSchema(seed: 8).xml)
    }

    /// The placement check itself: a diagnostic at a closing tag, at an element of another kind
    /// than its message names, or in another file is misplaced; one at its element is not.
    @Test("a diagnostic away from its element is reported")
    func misplacedDiagnosticsAreFound() throws {
        let random = RandomSchema(seed: 7)
        let file = Self.file(of: random)
        let objectLine = try #require(random.elementLines.first { $0.value == "object" }?.key)
        let fieldLine = try #require(random.elementLines.first { $0.value == "field" }?.key)
        let closingLine = try #require((1...random.xml.count { $0 == "\n" }).first { random.elementLines[$0] == nil })
        func misplaced(_ message: String, line: Int, file: String = file) -> Bool {
            !Self.misplacedDiagnostics([.error(message, at: SourceLocation(file: file, line: line))], in: random).isEmpty
        }
        #expect(!misplaced("object 'A' contains itself", line: objectLine))
        #expect(misplaced("object 'A' contains itself", line: fieldLine))
        #expect(misplaced("object 'A' contains itself", line: closingLine))
        #expect(misplaced("object 'A' contains itself", line: objectLine, file: "other.xml"))
    }

    @Test("lint refuses a schema at its elements' lines, or its pages render", arguments: seeds)
    func refusedAtElementsOrPagesRender(seed: UInt64) throws {
        let random = RandomSchema(seed: seed)
        let result = Self.load(random)
        let misplaced = Self.misplacedDiagnostics(result.diagnostics, in: random)
        #expect(misplaced.isEmpty, "diagnostics not at the line of the element they name:\n\(misplaced.joined(separator: "\n"))\n\(Self.keep(random))")
        guard let schema = result.schema else { return }
        try Self.expectPagesRender(TestGenerator.files(for: schema.resolved()), of: random)
    }

    @Test("the Swift of every accepted schema compiles", .timeLimit(.minutes(10)))
    func acceptedSchemasCompile() throws {
        let accepted = Self.compiledSeeds.compactMap { seed -> (seed: UInt64, schema: Schema)? in
            Self.load(RandomSchema(seed: seed)).schema.map { (seed, $0.resolved()) }
        }
        print("Random schemas: compiling the schemas of seeds \(accepted.map(\.seed)), those lint accepts of \(Self.compiledSeeds.count)")
        // A generator that only made refused schemas would prove nothing.
        try #require(accepted.count * 3 >= Self.compiledSeeds.count, "only \(accepted.count) of \(Self.compiledSeeds.count) schemas accepted")
        try Self.expectCompiles(accepted)
    }

    // MARK: Checks

    static func load(_ random: RandomSchema) -> SchemaLoadResult {
        SchemaLoader().load(Array(random.xml.utf8), path: file(of: random))
    }

    static func file(of random: RandomSchema) -> String {
        "random-\(random.seed).xml"
    }

    /// Diagnostics that are not in the schema's file, not at a line where an element starts, or
    /// at an element of another kind than the one their message is about.
    static func misplacedDiagnostics(_ diagnostics: [Diagnostic], in random: RandomSchema) -> [String] {
        diagnostics.compactMap { diagnostic in
            let element = random.elementLines[diagnostic.location.line]
            if diagnostic.location.file == file(of: random), let element, elements(named: diagnostic.message)?.contains(element) ?? true {
                return nil
            }
            return "\(diagnostic) [line of <\(element ?? "no element")>]"
        }
    }

    static func expectPagesRender(_ files: [GeneratedFile], of random: RandomSchema) throws {
        guard GFMRenderer.isAvailable else { return }
        var problems: [String] = []
        var markdown: [String: String] = [:]
        for page in files where page.path.hasPrefix("Docs/") {
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
        #expect(problems.isEmpty, "pages of an accepted schema:\n\(problems.prefix(10).joined(separator: "\n"))\n\(keep(random))")
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

    /// Builds each schema's Swift as a target (`RandomSEED`) of one package that shares one copy of
    /// the runtime, in Swift 6 mode with warnings as errors.
    static func expectCompiles(_ schemas: [(seed: UInt64, schema: Schema)]) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("inicis-random-schemas-\(UUID().uuidString)")
        let targets = schemas.map { "Random\($0.seed)" }
        for (target, (_, schema)) in zip(targets, schemas) {
            try GeneratedSwiftCompilesTests.write(TestGenerator.files(for: schema), into: root.appendingPathComponent("Sources/\(target)"))
        }
        try GeneratedSwiftCompilesTests.copyRuntime(into: root)
        try Data(GeneratedSwiftCompilesTests.manifest(targets: targets).utf8).write(to: root.appendingPathComponent("Package.swift"))
        let (status, log) = try GeneratedSwiftCompilesTests.run(["swift", "build", "--package-path", root.path])
        let failed = targets.filter { log.contains("/Sources/\($0)/") }
        let kept = failed.map { target in keep(RandomSchema(seed: schemas.first { "Random\($0.seed)" == target }!.seed)) }
        #expect(status == 0, "swift build failed for targets \(failed); the package is kept at \(root.path):\n\(log.suffix(20_000))\n\(kept.joined(separator: "\n"))")
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

    /// Writes the schema to the temporary folder; says which seed draws it again, where it is
    /// kept, and what it is.
    static func keep(_ random: RandomSchema) -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("inicis-random-schema-\(random.seed).xml")
        try? Data(random.xml.utf8).write(to: url)
        return "INICIS_RANDOM_SCHEMA_SEEDS=\(random.seed), kept at \(url.path):\n\(random.xml)"
    }

    /// `first...last` or `a,b,c`.
    static func parseSeeds(_ text: String) -> [UInt64]? {
        let bounds = text.split(separator: "...").map { UInt64($0.trimmingCharacters(in: .whitespaces)) }
        if bounds.count == 2, let first = bounds[0], let last = bounds[1], first <= last { return Array(first...last) }
        let list = text.split(separator: ",").compactMap { UInt64($0.trimmingCharacters(in: .whitespaces)) }
        return list.isEmpty ? nil : list
    }
}
