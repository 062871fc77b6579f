import Foundation
import InicisSchema
import InicisV2
import Testing

/// Every rule of the schema, at every place its object occurs, on every platform of the
/// operation: a request built to break the rule (negative) reports it at the rule's path where
/// the rule applies and nowhere else; the same request mended (positive) does not report it.
///
/// The table is built from the schema, so a new rule gets its cases without a new test.
@Suite("Rules")
struct RuleTableTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var operationID: String
        var platform: InicisSchema.Platform
        var rule: Rule
        /// Where the object holding the rule sits, as wire names from the request root.
        var holder: [String]
        var holderObjectID: String

        var testDescription: String {
            "\(rule.id) @ \(operationID)\(holder.isEmpty ? "" : "/" + holder.joined(separator: ".")) [\(platform)]"
        }

        var applies: Bool { rule.applies(on: platform) }
    }

    static let cases: [Case] = SchemaExamples.schema.operations.flatMap { operation -> [Case] in
        let schema = SchemaExamples.schema
        let fields = OperationFields(operation: operation, schema: schema)
        var holders = fields.occurrences.flatMap { occurrence in
            occurrence.object.rules.map { (rule: $0, holder: occurrence.components, objectID: occurrence.object.id) }
        }
        holders += operation.rules.map { (rule: $0, holder: [], objectID: operation.body) }
        return operation.kind.platforms.flatMap { platform in
            holders.map { Case(operationID: operation.id, platform: platform, rule: $0.rule, holder: $0.holder, holderObjectID: $0.objectID) }
        }
    }

    @Test("Every rule kind the schema uses has cases; every rule has one on each platform it applies to")
    func coverage() {
        let schema = SchemaExamples.schema
        let allRules = schema.objects.flatMap(\.rules) + schema.operations.flatMap(\.rules)
        for rule in allRules {
            let platforms = Set(Self.cases.filter { $0.rule.id == rule.id }.map(\.platform))
            #expect(!platforms.isEmpty, "\(rule.id) has no case")
            for platform in rule.platforms { #expect(platforms.contains(platform), "\(rule.id) on \(platform)") }
        }
    }

    @Test("Negative: reported where the rule applies, at its path; silent where it does not", arguments: cases)
    func negative(_ entry: Case) throws {
        let built = try RequestBuilder(entry)
        let issues = try Validation.issues(built.broken, operation: entry.operationID, platform: entry.platform)
        let reported = issues.filter { $0.code.rawValue == entry.rule.id }
        if entry.applies {
            #expect(reported.map(\.path.description) == [built.expectedPath], "\(issues)")
            #expect(reported.allSatisfy { $0.severity == built.severity })
            #expect(reported.allSatisfy { !$0.message.isEmpty })
        } else {
            #expect(reported.isEmpty, "\(reported)")
        }
    }

    @Test("Positive: the mended request does not report the rule", arguments: cases)
    func positive(_ entry: Case) throws {
        let built = try RequestBuilder(entry)
        let issues = try Validation.issues(built.mended, operation: entry.operationID, platform: entry.platform, contracts: built.contracts)
        #expect(issues.filter { $0.code.rawValue == entry.rule.id } == [], "\(issues)")
    }
}

/// Builds, from a clean example of the operation and platform, a request that breaks one rule
/// and one that keeps it.
struct RequestBuilder {
    var broken: Inicis.JSON
    var mended: Inicis.JSON
    /// What the mended request declares (a `needs-contract` rule is kept by having the contract).
    var contracts: Set<Inicis.Contract> = []
    var expectedPath: String
    var severity: Inicis.ValidationIssue.Severity

    init(_ entry: RuleTableTests.Case) throws {
        let schema = SchemaExamples.schema
        let paths = SchemaPaths(schema: schema)
        let example = try #require(Self.cleanExample(entry.operationID, entry.platform), "no clean example for \(entry.operationID) on \(entry.platform)")
        var base = try Inicis.JSON(parsing: Data(example.json.utf8))
        let holderSteps = paths.steps(entry.holder, from: try #require(schema.operation(entry.operationID)).body).steps
        if base.value(at: holderSteps) == nil { base = base.setting(.object([]), at: holderSteps) }

        func target(_ dotted: String) -> (steps: [JSONStep], type: FieldType?) {
            let relative = paths.steps(dotted.split(separator: ".").map(String.init), from: entry.holderObjectID)
            return (holderSteps + relative.steps, relative.type)
        }
        for condition in entry.rule.conditions {
            let (steps, type) = target(condition.path)
            switch condition.test {
            case .present: if base.value(at: steps) == nil { base = base.setting(paths.sample(type), at: steps) }
            case .absent: base = base.removing(at: steps)
            case .equals(let value): base = base.setting(paths.typed(value, type), at: steps)
            case .notEquals(let value): base = base.setting(paths.other(than: [value], type), at: steps)
            case .oneOf(let values): base = base.setting(paths.typed(values[0], type), at: steps)
            case .noneOf(let values): base = base.setting(paths.other(than: values, type), at: steps)
            }
        }
        let holderPath = JSONStep.text(holderSteps)
        severity = .error
        switch entry.rule.kind {
        case .requiredGroup(let alternatives):
            broken = alternatives.joined().reduce(base) { $0.removing(at: target($1).steps) }
            mended = alternatives[0].reduce(broken) { $0.setting(paths.sample(target($1).type), at: target($1).steps) }
            expectedPath = holderPath
        case .exactlyOne(let all):
            broken = all.reduce(base) { $0.setting(paths.sample(target($1).type), at: target($1).steps) }
            mended = all.dropFirst().reduce(broken) { $0.removing(at: target($1).steps) }
            expectedPath = holderPath
        case .require(let path):
            let (steps, type) = target(path)
            broken = base.removing(at: steps)
            mended = base.setting(paths.sample(type), at: steps)
            expectedPath = JSONStep.text(steps)
        case .forbid(let path):
            let (steps, type) = target(path)
            broken = base.value(at: steps) == nil ? base.setting(paths.sample(type), at: steps) : base
            mended = base.removing(at: steps)
            expectedPath = JSONStep.text(steps)
        case .allowedValues(let path, let values):
            let (steps, type) = target(path)
            broken = base.setting(paths.other(than: values, type), at: steps)
            mended = base.setting(paths.typed(values[0], type), at: steps)
            expectedPath = JSONStep.text(steps) + (Self.isArray(type) ? "[0]" : "")
        case .format(let path, let format):
            let (steps, type) = target(path)
            let samples = Self.samples(format)
            broken = base.setting(Self.wrap(samples.invalid, type), at: steps)
            mended = base.setting(Self.wrap(samples.valid, type), at: steps)
            expectedPath = JSONStep.text(steps) + (Self.isArray(type) ? "[0]" : "")
        case .range(let path, let minimum, let maximum):
            let (steps, _) = target(path)
            broken = base.setting(.integer(minimum.map { $0 - 1 } ?? (maximum ?? 0) + 1), at: steps)
            mended = base.setting(.integer(minimum ?? maximum ?? 0), at: steps)
            expectedPath = JSONStep.text(steps)
        case .order(let earlier, let later):
            let (first, second) = (target(earlier).steps, target(later).steps)
            broken = base.setting(.string("2099-12-31T00:00:00+09:00"), at: first).setting(.string("2099-01-01T00:00:00+09:00"), at: second)
            mended = base.setting(.string("2099-01-01T00:00:00+09:00"), at: first).setting(.string("2099-12-31T00:00:00+09:00"), at: second)
            expectedPath = JSONStep.text(second)
        case .future(let path, let format):
            let (steps, _) = target(path)
            let (past, future) = format == .dateTime ? ("2001-01-01T00:00:00+09:00", "2099-01-01T00:00:00+09:00") : ("01", "99")
            broken = base.setting(.string(past), at: steps)
            mended = base.setting(.string(future), at: steps)
            expectedPath = JSONStep.text(steps)
        case .needsContract(let path, let contract):
            let (steps, type) = target(path)
            broken = base.value(at: steps) == nil ? base.setting(paths.sample(type), at: steps) : base
            mended = broken
            contracts = [Inicis.Contract(rawValue: contract)]
            expectedPath = JSONStep.text(steps)
            severity = .warning
        }
    }

    /// The first example of the operation on the platform that has no expected errors.
    static func cleanExample(_ operationID: String, _ platform: InicisSchema.Platform) -> Example? {
        SchemaExamples.schema.operation(operationID)?.examples.first { example in
            example.platform == platform && !example.expectedIssues.contains { $0.severity == .error }
        }
    }

    static func isArray(_ type: FieldType?) -> Bool {
        if case .array? = type { true } else { false }
    }

    static func wrap(_ text: String, _ type: FieldType?) -> Inicis.JSON {
        isArray(type) ? .array([.string(text)]) : .string(text)
    }

    /// A string that breaks the format, and one that keeps it.
    static func samples(_ format: ValueFormat) -> (invalid: String, valid: String) {
        switch format {
        case .asciiPrintable: ("주문-1", "order-1")
        case .digits: ("010-1234", "0101234")
        case .hexColor: ("#12345G", "#C1272C")
        case .dateTime: ("2023-01-01 00:00:00", "2023-01-01T00:00:00+09:00")
        case .twoDigitMonth: ("13", "05")
        case .twoDigitYear: ("2030", "30")
        case .characters(let characters):
            // A character outside the class (a snowman is in none of the schema's), and the class's first one.
            ("a☃b", String(characters.unicodeScalars.first.map(Character.init) ?? "a"))
        }
    }
}
