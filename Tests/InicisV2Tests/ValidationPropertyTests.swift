import Foundation
import InicisSchema
import InicisV2
import PropertyBased
import Testing

/// Properties over random requests, built from the schema's clean examples.
@Suite("Validation properties")
struct ValidationPropertyTests {
    /// Examples whose only expected issues are contract warnings: with every contract declared
    /// they validate clean.
    static let clean: [SchemaExamples.Entry] = SchemaExamples.all.filter { entry in
        entry.example.expectedIssues.allSatisfy { $0.severity == .warning && contractCodes.contains($0.code) }
    }

    static let contractCodes: Set<String> = Set(["contract-required"] + SchemaExamples.schema.objects.flatMap(\.rules).compactMap { rule in
        if case .needsContract = rule.kind { rule.id } else { nil }
    })

    static let fields = RequestFields(schema: SchemaExamples.schema)
    static let constrained = fields.constrained

    /// Draws from generated values in turn, so that one property input decides every random choice.
    struct Draws {
        var strings: [String]
        var numbers: [Int]
        var position = 0

        mutating func string() -> String {
            defer { position += 1 }
            return strings[position % strings.count]
        }

        mutating func number() -> Int {
            defer { position += 1 }
            return numbers[position % numbers.count]
        }
    }

    static let draws = zip(
        Gen.letterOrNumber.string(of: 1...24).array(of: 16),
        Gen.int(in: 0...2_000_000_000).array(of: 16)
    )

    static let inputs = zip(Gen.int(in: 0...(clean.count - 1)), draws)

    /// The example with every unconstrained leaf given a random value of its type.
    static func randomized(_ entry: SchemaExamples.Entry, _ draws: inout Draws) throws -> Inicis.JSON {
        var request = try Inicis.JSON(parsing: Data(entry.example.json.utf8))
        let body = try #require(SchemaExamples.schema.operation(entry.operationID)).body
        for present in fields.present(in: request, body: body) {
            guard let owner = fields.owner(of: present.steps, body: body),
                  !constrained.contains(owner + "." + present.field.wireName),
                  let value = randomValue(present.field.type, &draws) else { continue }
            request = request.setting(value, at: present.steps)
        }
        return request
    }

    static func randomValue(_ type: FieldType, _ draws: inout Draws) -> Inicis.JSON? {
        switch type {
        case .string: return .string(draws.string())
        case .integer: return .integer(draws.number())
        case .boolean: return .bool(draws.number() % 2 == 0)
        case .dateTime:
            let seconds = 946_684_800 + draws.number()
            return .string(ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(seconds))))
        case .enumeration(let id):
            guard let values = SchemaExamples.schema.enumType(id)?.values, !values.isEmpty else { return nil }
            return .string(values[draws.number() % values.count].wire)
        case .json, .object, .oneOf, .array: return nil
        }
    }

    static func validate(_ request: Inicis.JSON, _ entry: SchemaExamples.Entry) throws -> [Inicis.ValidationIssue] {
        try Validation.issues(request, operation: entry.operationID, platform: entry.example.platform, contracts: Validation.allContracts)
    }

    @Test("The clean examples cover every operation")
    func cleanExamplesCoverEveryOperation() {
        #expect(Set(Self.clean.map(\.operationID)) == Set(SchemaExamples.schema.operations.map(\.id)))
    }

    @Test("Random valid requests validate clean")
    func randomValidRequestsAreClean() async {
        await propertyCheck(count: 300, input: Self.inputs) { index, generated in
            let entry = Self.clean[index]
            var draws = Draws(strings: generated.0, numbers: generated.1)
            let request = try Self.randomized(entry, &draws)
            #expect(try Self.validate(request, entry) == [], "\(entry.example.id)")
        }
    }

    @Test("Removing a required field from a valid request is reported at its path")
    func removingARequiredFieldIsReported() async {
        await propertyCheck(count: 300, input: zip(Self.inputs, Gen.int(in: 0...1000))) { input, choice in
            let (index, generated) = input
            let entry = Self.clean[index]
            var draws = Draws(strings: generated.0, numbers: generated.1)
            let request = try Self.randomized(entry, &draws)
            let body = try #require(SchemaExamples.schema.operation(entry.operationID)).body
            let required = Self.fields.present(in: request, body: body).filter { $0.field.requirements[entry.example.platform] == .required }
            guard !required.isEmpty else { return }
            let removed = required[choice % required.count].steps
            let issues = try Self.validate(request.removing(at: removed), entry)
            #expect(issues.contains { $0.code == "missing-required" && $0.path.description == JSONStep.text(removed) && $0.severity == .error },
                    "\(entry.example.id) without \(JSONStep.text(removed)): \(issues)")
        }
    }

    @Test("A value of the wrong JSON type is reported at its path, never a crash")
    func wrongTypesAreReported() async {
        let wrongValues: [Inicis.JSON] = [.string("text"), .integer(7), .number(1.5), .bool(true), .array([.integer(1)]), .object([Inicis.JSON.Member("x", .integer(1))])]
        await propertyCheck(count: 300, input: zip(Self.inputs, Gen.int(in: 0...1000), Gen.int(in: 0...5))) { input, choice, kind in
            let (index, generated) = input
            let entry = Self.clean[index]
            var draws = Draws(strings: generated.0, numbers: generated.1)
            let request = try Self.randomized(entry, &draws)
            let body = try #require(SchemaExamples.schema.operation(entry.operationID)).body
            let present = Self.fields.present(in: request, body: body)
            let target = present[choice % present.count]
            let value = wrongValues[kind]
            guard !Self.accepts(target.field.type, value) else { return }
            let issues = try Self.validate(request.setting(value, at: target.steps), entry)
            #expect(issues.contains { $0.code == "wrong-type" && $0.path.description == JSONStep.text(target.steps) }, "\(issues)")
        }
    }

    /// True when the type check would take `value` for `type`.
    static func accepts(_ type: FieldType, _ value: Inicis.JSON) -> Bool {
        switch (type, value) {
        case (.json, _), (.string, .string), (.dateTime, .string), (.enumeration, .string), (.integer, .integer),
             (.boolean, .bool), (.object, .object), (.oneOf, .object), (.array, .array):
            true
        default:
            false
        }
    }

    @Test("Arbitrary JSON never crashes the validator, and every issue prints on one line")
    func arbitraryJSON() async {
        let keys = ["storeId", "customer", "card", "items", "method", "bypass", "inicis_v2", "acceptmethod", "amount", "\n", "a.b", "", "⚠️"]
        let trees = zip(Gen.int(in: 0...Int(Int32.max)), Gen.int(in: 0...7))
        await propertyCheck(count: 300, input: trees) { seed, operationIndex in
            var random = SplitMix(seed: UInt64(seed))
            let request = Self.tree(&random, keys: keys, depth: 0)
            let operation = SchemaExamples.schema.operations[operationIndex]
            let issues = try Validation.issues(request, operation: operation.id, platform: operation.kind.platforms[0])
            #expect(issues.map(\.path) == issues.map(\.path).sorted())
            for issue in issues {
                #expect(!issue.description.contains("\n") && !issue.description.contains("\r"), "\(issue.description)")
            }
        }
    }

    static func tree(_ random: inout SplitMix, keys: [String], depth: Int) -> Inicis.JSON {
        switch random.next() % (depth > 4 ? 5 : 7) {
        case 0: return .null
        case 1: return .bool(random.next() % 2 == 0)
        case 2: return .integer(Int(truncatingIfNeeded: random.next()))
        case 3: return .number(Double(random.next() % 1000) / 7)
        case 4: return .string(keys[Int(random.next() % UInt64(keys.count))])
        case 5: return .array((0..<Int(random.next() % 4)).map { _ in tree(&random, keys: keys, depth: depth + 1) })
        default:
            return .object((0..<Int(random.next() % 5)).map { _ in
                Inicis.JSON.Member(keys[Int(random.next() % UInt64(keys.count))], tree(&random, keys: keys, depth: depth + 1))
            })
        }
    }
}

/// A small deterministic generator for tree shapes (the seed comes from the property input).
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
