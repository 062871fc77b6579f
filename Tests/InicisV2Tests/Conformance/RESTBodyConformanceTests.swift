import Foundation
import InicisSchema
import InicisV2
import Testing

/// Bodies built with the generated REST models are bodies PortOne's REST API accepts.
@Suite("REST bodies conform to portone-v2.openapi.json", .enabled(if: ReferenceFiles.available))
struct RESTBodyConformanceTests {
    private static func document() throws -> [String: Any] {
        let data = try Data(contentsOf: ReferenceFiles.openAPIURL)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The request body schema PortOne declares for the operation's method and path.
    private static func bodySchema(for operation: any Inicis.RESTOperation.Type, in document: [String: Any]) throws -> [String: Any] {
        let paths = try #require(document["paths"] as? [String: Any])
        let pathItem = try #require(paths[operation.pathTemplate] as? [String: Any], "PortOne has no path \(operation.pathTemplate)")
        let method = try #require(pathItem[operation.method.rawValue.lowercased()] as? [String: Any], "\(operation.method) \(operation.pathTemplate) is not in PortOne's API")
        let body = try #require(method["requestBody"] as? [String: Any])
        let content = try #require(body["content"] as? [String: Any])
        return try #require((content["application/json"] as? [String: Any])?["schema"] as? [String: Any])
    }

    static var restOperations: [any Inicis.RESTOperation.Type] { GeneratedOperations.rest }

    @Test("Every REST operation exists in PortOne's API with a JSON body")
    func operationsExist() throws {
        let document = try Self.document()
        #expect(Self.restOperations.count == 6)
        for operation in Self.restOperations {
            _ = try Self.bodySchema(for: operation, in: document)
        }
    }

    @Test("Every schema example of a REST operation, decoded and re-encoded by the generated model, validates")
    func examplesConform() throws {
        let document = try Self.document()
        let validator = OpenAPISchemaValidator(document: document)
        var checked: [String: Int] = [:]
        for operation in Self.restOperations {
            let schema = try Self.bodySchema(for: operation, in: document)
            let examples = SchemaExamples.all.filter { $0.operationID == operation.id }
            for entry in examples where Self.isWireValid(entry.example) {
                let encoded = try GeneratedOperations.roundTrip(json: Data(entry.example.json.utf8), operation: operation.id)
                let problems = validator.problems(try JSONTree.parse(encoded), against: schema)
                #expect(problems.isEmpty, "\(operation.id)/\(entry.example.id): \(problems.joined(separator: "; "))")
                checked[operation.id, default: 0] += 1
            }
        }
        for operation in Self.restOperations {
            #expect(checked[operation.id, default: 0] > 0, "no example of \(operation.id) was checked")
        }
    }

    /// Examples written to break PortOne's own wire rules (a missing key it requires, a wrong
    /// type, a malformed date-time) are the validator's business, not a conformance case.
    private static func isWireValid(_ example: Example) -> Bool {
        !example.expectedIssues.contains { ["missing-required", "wrong-type", "invalid-format", "unknown-key", "invalid-enum-value"].contains($0.code) }
    }

    @Test("A body built in Swift with the generated models validates")
    func builtBodyConforms() throws {
        let document = try Self.document()
        let validator = OpenAPISchemaValidator(document: document)
        for (operation, body) in try SwiftBuiltBodies.all() {
            let schema = try Self.bodySchema(for: operation, in: document)
            let problems = validator.problems(try JSONTree.parse(body), against: schema)
            #expect(problems.isEmpty, "\(operation.id): \(problems.joined(separator: "; "))")
        }
    }

    @Test("The validator used here can fail: a body with a wrong type and an unknown key is rejected")
    func validatorRejects() throws {
        let document = try Self.document()
        let validator = OpenAPISchemaValidator(document: document)
        let operation = try #require(Self.restOperations.first { $0.id == "billing-key" })
        let schema = try Self.bodySchema(for: operation, in: document)
        let bad = try JSONTree.parse(Data(#"{"channelKey": 3, "vat": 1}"#.utf8))
        let problems = validator.problems(bad, against: schema)
        #expect(problems.contains { $0.contains("$.channelKey") })
        #expect(problems.contains { $0.contains("$.vat") })

        let nested = try JSONTree.parse(Data(#"{"channelKey":"c","method":{"card":{"credential":{"number":"1","expiryYear":"30","expiryMonth":"01","cvc":"1"}}},"customer":{"name":{"fulll":"x"}}}"#.utf8))
        let nestedProblems = validator.problems(nested, against: schema)
        #expect(nestedProblems.contains { $0.hasPrefix("$.method.card.credential.cvc") }, "\(nestedProblems)")
        #expect(nestedProblems.contains { $0.hasPrefix("$.customer.name.fulll") }, "\(nestedProblems)")
    }
}
