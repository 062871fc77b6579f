import InicisSchema
import Testing

/// The grammar checks: examples follow their token's syntax, and values that become one Swift
/// type agree.
@Suite("Grammar checks")
struct GrammarCheckerTests {
    private let here = InicisSchema.SourceLocation(file: "test.xml", line: 1)

    private func schema(_ tokens: [GrammarToken], enums: [EnumType] = []) -> Schema {
        Schema(
            languageVersion: "1",
            title: "t",
            enums: enums,
            objects: [ObjectType(id: "Request", fields: [Field(wireName: "option", type: .string, grammar: "option", location: here)], location: here)],
            grammars: [BypassGrammar(id: "option", swiftName: "PayOption", tokens: tokens, location: here)],
            operations: [Operation(id: "payment", kind: .sdk, function: "requestPayment", body: "Request", location: here)],
            location: here
        )
    }

    private func token(_ id: String, _ elements: [GrammarElement], examples: [String]) -> GrammarToken {
        GrammarToken(id: id, elements: elements, examples: examples, location: here)
    }

    private let months: [GrammarElement] = [
        .literal("quota("),
        .repetition(name: "months", separator: ":", elements: [.value(GrammarValue(name: "month", kind: .integer(minimum: 2, maximum: 36)))]),
        .literal(")"),
    ]

    @Test func examplesThatFollowTheirSyntaxAreClean() {
        #expect(SchemaChecker.check(schema([token("quota", months, examples: ["quota(2)", "quota(2:3:36)"])])).isEmpty)
    }

    @Test("An example that does not follow its token's syntax is an error", arguments: ["quota()", "quota(2:)", "quota(1)", "quota(37)", "quota(02)", "quota(2)x", "quota(2,3)"])
    func malformedExample(_ example: String) {
        let messages = SchemaChecker.check(schema([token("quota", months, examples: [example])])).map(\.message)
        #expect(messages == ["token 'quota' of grammar 'option': example '\(example)' does not follow the token's syntax"])
    }

    @Test func enumValuesReadTheLongestWireValue() {
        let kind = EnumType(id: "Kind", values: [EnumValue(wire: "A", swiftName: "a", location: here), EnumValue(wire: "AB", swiftName: "ab", location: here)], location: here)
        let elements: [GrammarElement] = [.literal("k="), .value(GrammarValue(name: "kind", kind: .enumeration("Kind")))]
        #expect(SchemaChecker.check(schema([token("k", elements, examples: ["k=AB", "k=A"])], enums: [kind])).isEmpty)
        #expect(SchemaChecker.check(schema([token("k", elements, examples: ["k=B"])], enums: [kind])).count == 1)
    }

    @Test func valuesOfOneTypeNameMustAgree() {
        let two: [GrammarElement] = [.literal("a="), .value(GrammarValue(name: "mode", kind: .digits(length: 2)))]
        let three: [GrammarElement] = [.literal("b="), .value(GrammarValue(name: "mode", kind: .digits(length: 3)))]
        let messages = SchemaChecker.check(schema([token("a", two, examples: ["a=12"]), token("b", three, examples: ["b=123"])])).map(\.message)
        #expect(messages == ["token 'b': value 'mode' (Swift type 'Mode') has a different kind than in token 'a' (line 1); values that become one Swift type must agree, so rename one"])
    }

    @Test func valueTypesMustNotTakeAnotherTypesName() {
        let elements: [GrammarElement] = [.literal("r="), .value(GrammarValue(name: "request", kind: .digits(length: 2)))]
        let messages = SchemaChecker.check(schema([token("r", elements, examples: ["r=12"])])).map(\.message)
        #expect(messages == ["token 'r': value 'request' would become Swift type 'Request_', which an enum, object or grammar already uses; rename the value"])
    }
}
