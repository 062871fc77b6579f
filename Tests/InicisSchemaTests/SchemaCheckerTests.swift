import InicisSchema
import Testing

/// The checker on models built in code, as emitters' tests build them.
@Suite("Schema checker on hand-built models")
struct SchemaCheckerTests {
    private let here = InicisSchema.SourceLocation(file: "test.xml", line: 1)

    private func schema(fields: [Field], rules: [Rule] = [], enums: [EnumType] = [], operations: [Operation]? = nil) -> Schema {
        Schema(
            languageVersion: "1",
            title: "t",
            enums: enums,
            objects: [ObjectType(id: "Request", fields: fields, rules: rules, location: here)],
            operations: operations ?? [Operation(id: "payment", kind: .sdk, function: "requestPayment", body: "Request", location: here)],
            location: here
        )
    }

    @Test func cleanModelHasNoDiagnostics() {
        let fields = [Field(wireName: "storeId", type: .string, requirements: .init([.pc: .required, .mobile: .optional]), location: here)]
        #expect(SchemaChecker.check(schema(fields: fields)).isEmpty)
    }

    @Test func emptyValueListsInConditionsAreErrors() {
        let fields = [Field(wireName: "storeId", type: .string, location: here)]
        let rule = Rule(id: "r", kind: .require("storeId"), conditions: [Condition(path: "storeId", test: .noneOf([]), location: here)], source: "s", location: here)
        let messages = SchemaChecker.check(schema(fields: fields, rules: [rule])).map(\.message)
        #expect(messages == ["rule 'r': condition on 'storeId': test 'not-in' needs a space-separated list of values in 'value'"])
    }

    @Test func conditionValuesAreTypedByTheirField() {
        let fields = [
            Field(wireName: "isTest", type: .boolean, location: here),
            Field(wireName: "count", type: .integer, location: here),
        ]
        let rule = Rule(id: "r", kind: .forbid("count"), conditions: [
            Condition(path: "isTest", test: .equals("yes"), location: here),
            Condition(path: "count", test: .oneOf(["1", "two"]), location: here),
        ], source: "s", location: here)
        let messages = SchemaChecker.check(schema(fields: fields, rules: [rule])).map(\.message)
        #expect(messages == [
            "rule 'r': condition on 'isTest': 'yes' is not a boolean; use 'true' or 'false'",
            "rule 'r': condition on 'count': 'two' is not an integer",
        ])
    }

    @Test func rangeAndFormatNeedFittingTypes() {
        let fields = [Field(wireName: "name", type: .string, location: here), Field(wireName: "amount", type: .integer, location: here)]
        let rules = [
            Rule(id: "range", kind: .range(path: "name", minimum: 1, maximum: nil), source: "s", location: here),
            Rule(id: "format", kind: .format(path: "amount", format: .digits), source: "s", location: here),
            Rule(id: "open", kind: .range(path: "amount", minimum: nil, maximum: nil), source: "s", location: here),
        ]
        let messages = SchemaChecker.check(schema(fields: fields, rules: rules)).map(\.message)
        #expect(messages == [
            "rule 'range': a range applies to integers, but 'name' has type string",
            "rule 'format': format 'digits' applies to strings, but 'amount' has type integer",
            "rule 'open': a range needs 'min', 'max' or both",
        ])
    }

    @Test func pathsWalkThroughArraysOfObjects() {
        var full = schema(fields: [Field(wireName: "items", type: .array(.object("Item")), location: here)], rules: [
            Rule(id: "name", kind: .require("items.name"), source: "s", location: here),
            Rule(id: "typo", kind: .require("items.nmae"), source: "s", location: here),
        ])
        full.objects.append(ObjectType(id: "Item", fields: [Field(wireName: "name", type: .string, location: here)], location: here))
        let messages = SchemaChecker.check(full).map(\.message)
        #expect(messages == ["rule 'typo': path 'items.nmae' does not resolve from object 'Request': unknown field 'nmae' in object 'Item'; did you mean 'name'?"])
    }

    @Test func exampleJSONMustBeAnObject() {
        let example = Example(id: "list", platform: .pc, json: "[1, 2]", location: here)
        let operation = Operation(id: "payment", kind: .sdk, function: "requestPayment", body: "Request", examples: [example], location: here)
        let messages = SchemaChecker.check(schema(fields: [Field(wireName: "a", type: .string, location: here)], operations: [operation])).map(\.message)
        #expect(messages == ["example 'list': the JSON is not valid: a request must be a JSON object ({…})"])
    }

    /// Read as the generated library reads it: a number it cannot hold is refused at its byte.
    @Test func exampleJSONIsReadByTheRuntimesParser() {
        let example = Example(id: "huge", platform: .pc, json: "{\"a\": 1e999}", location: here)
        let operation = Operation(id: "payment", kind: .sdk, function: "requestPayment", body: "Request", examples: [example], location: here)
        let messages = SchemaChecker.check(schema(fields: [Field(wireName: "a", type: .string, location: here)], operations: [operation])).map(\.message)
        #expect(messages == ["example 'huge': the JSON is not valid: byte 7: 수가 너무 큽니다"])
    }

    @Test func nearestNameSuggestions() {
        #expect(NameSuggestionProbe.nearest("Custmer", ["Customer", "Currency", "Address"]) == "Customer")
        #expect(NameSuggestionProbe.nearest("Zebra", ["Customer", "Currency"]) == nil)
    }
}

/// The suggestion logic is internal; probe it through an unresolved reference.
private enum NameSuggestionProbe {
    static func nearest(_ name: String, _ candidates: [String]) -> String? {
        let here = InicisSchema.SourceLocation(file: "probe.xml", line: 1)
        let objects = candidates.map { ObjectType(id: $0, fields: [Field(wireName: "a", type: .string, location: here)], location: here) }
            + [ObjectType(id: "Request", fields: [Field(wireName: "ref", type: .object(name), location: here)], location: here)]
        let schema = Schema(languageVersion: "1", title: "t", objects: objects, operations: [Operation(id: "p", kind: .sdk, function: "f", body: "Request", location: here)], location: here)
        let message = SchemaChecker.check(schema).first { $0.message.contains("unknown type") }?.message ?? ""
        guard let range = message.firstRange(of: "did you mean '") else { return nil }
        return String(message[range.upperBound...].prefix { $0 != "'" })
    }
}
