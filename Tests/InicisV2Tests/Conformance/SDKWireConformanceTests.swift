import Foundation
import InicisSchema
import Testing

/// The SDK models use only key names and enum values that PortOne's browser-SDK schema defines.
/// The models are generated from schema/inicis-v2.xml (the golden test proves it), so the walk
/// compares the schema's SDK objects with the YAML, side by side from each request's root.
@Suite("SDK models conform to portone-browser-sdk.yml", .enabled(if: ReferenceFiles.available))
struct SDKWireConformanceTests {
    /// Where each SDK operation's request lives in the YAML.
    static let roots = [
        "payment": "#/resources/request/PaymentRequest",
        "issue-billing-key": "#/resources/request/IssueBillingKeyRequest",
        "issue-billing-key-and-pay": "#/resources/request/IssueBillingKeyAndPayRequest",
    ]

    /// Walks one schema object against one YAML node, collecting every mismatch.
    struct Walk {
        let schema: Schema
        let yaml: SDKYAMLSchema
        var problems: [String] = []
        var checkedKeys = 0
        var checkedValues = 0

        mutating func object(_ id: String, against node: [String: Any], at path: String) {
            guard let object = schema.object(id) else { return problems.append("\(path): no object \(id)") }
            let properties = yaml.properties(of: node)
            for field in object.fields where !field.isRemovedFromWire {
                let fieldPath = path.isEmpty ? field.wireName : "\(path).\(field.wireName)"
                guard let property = properties[field.wireName] else {
                    problems.append("\(fieldPath): PortOne's SDK has no key '\(field.wireName)' here")
                    continue
                }
                checkedKeys += 1
                if let grammar = field.grammar, let wire = yaml.enumeration(property) {
                    // A string option language over what PortOne types as an enum: every
                    // option the grammar can write must be one of PortOne's values.
                    grammarOptions(grammar, within: wire.values, at: fieldPath)
                } else {
                    type(field.type, against: property, at: fieldPath)
                }
            }
        }

        mutating func type(_ type: FieldType, against node: [String: Any], at path: String) {
            let kind = yaml.kind(node)
            switch type {
            case .string, .dateTime:
                expect(["string", "stringLiteral"].contains(kind), path, "a string", kind)
            case .integer:
                expect(kind == "integer", path, "an integer", kind)
            case .boolean:
                expect(kind == "boolean", path, "a boolean", kind)
            case .json:
                expect(kind == "json", path, "free-form JSON", kind)
            case .enumeration(let id):
                enumeration(id, against: node, at: path)
            case .object(let id), .oneOf(let id):
                expect(["object", "oneOf", "intersection", "union"].contains(kind), path, "an object", kind)
                object(id, against: node, at: path)
            case .array(let element):
                guard kind == "array", let items = yaml.arrayItems(node) else {
                    return problems.append("\(path): PortOne's SDK has \(kind), the schema an array")
                }
                self.type(element, against: items, at: path)
            }
        }

        mutating func enumeration(_ id: String, against node: [String: Any], at path: String) {
            guard let enumType = schema.enumType(id), let wire = yaml.enumeration(node) else {
                return problems.append("\(path): PortOne's SDK has \(yaml.kind(node)), the schema enum \(id)")
            }
            for value in enumType.values {
                checkedValues += 1
                if !wire.values.contains(value.wire) {
                    problems.append("\(path): PortOne's SDK has no value '\(value.wire)' in \(id)")
                }
            }
            if enumType.aliasPrefix != wire.prefix {
                problems.append("\(path): alias prefix \(enumType.aliasPrefix ?? "none") differs from PortOne's valuePrefix \(wire.prefix ?? "none")")
            }
        }

        mutating func grammarOptions(_ id: String, within values: Set<String>, at path: String) {
            guard let grammar = schema.grammar(id) else { return problems.append("\(path): no grammar \(id)") }
            for token in grammar.tokens {
                checkedValues += 1
                guard case .literal(let text) = token.elements.first, token.elements.count == 1 else {
                    problems.append("\(path): option '\(token.id)' takes values, PortOne's SDK allows only fixed values")
                    continue
                }
                if !values.contains(text) { problems.append("\(path): PortOne's SDK has no value '\(text)'") }
            }
        }

        private mutating func expect(_ condition: Bool, _ path: String, _ expected: String, _ actual: String) {
            if !condition { problems.append("\(path): PortOne's SDK has \(actual), the schema \(expected)") }
        }
    }

    @Test("Every key and enum value of the SDK models is in PortOne's SDK schema", arguments: roots.keys.sorted())
    func walk(_ operationID: String) throws {
        let yaml = try SDKYAMLSchema(contentsOf: ReferenceFiles.browserSDKURL)
        let schema = SchemaExamples.schema
        let operation = try #require(schema.operation(operationID))
        let root = try #require(yaml.node(at: Self.roots[operationID]!))
        var walk = Walk(schema: schema, yaml: yaml)
        walk.object(operation.body, against: root, at: "")
        #expect(walk.problems.isEmpty, "\(walk.problems.joined(separator: "\n"))")
        #expect(walk.checkedKeys > 20, "the walk must reach the nested objects")
        #expect(walk.checkedValues > 50)
    }

    @Test("The walk can fail: a key PortOne does not define is reported")
    func walkRejects() throws {
        let yaml = try SDKYAMLSchema(contentsOf: ReferenceFiles.browserSDKURL)
        let location = SourceLocation(file: "test")
        let schema = Schema(
            languageVersion: "1", title: "t",
            objects: [ObjectType(id: "Request", fields: [
                Field(wireName: "storeId", type: .string, location: location),
                Field(wireName: "vat", type: .integer, location: location),
                Field(wireName: "currency", type: .enumeration("Money"), location: location),
            ], location: location)],
            location: location
        )
        var schemaWithEnum = schema
        schemaWithEnum.enums = [EnumType(id: "Money", aliasPrefix: "CURRENCY", values: [
            EnumValue(wire: "KRW", swiftName: "krw", location: location),
            EnumValue(wire: "DOGECOIN", swiftName: "dogecoin", location: location),
        ], location: location)]
        var walk = Walk(schema: schemaWithEnum, yaml: yaml)
        walk.object("Request", against: try #require(yaml.node(at: "#/resources/request/PaymentRequest")), at: "")
        #expect(walk.problems.contains { $0.hasPrefix("vat:") })
        #expect(walk.problems.contains { $0.contains("DOGECOIN") })
        #expect(!walk.problems.contains { $0.hasPrefix("storeId:") })
    }
}
