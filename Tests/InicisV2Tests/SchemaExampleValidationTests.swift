import Foundation
import InicisSchema
import InicisV2
import Testing

/// The schema's examples are the specification: each one, validated on its platform with no
/// contracts at `ExampleClock.now`, gives exactly the issues its `<expect>` elements list.
@Suite("Schema examples")
struct SchemaExampleValidationTests {
    @Test("Each example reports exactly its expected issues", arguments: SchemaExamples.all)
    func expectedIssues(_ entry: SchemaExamples.Entry) throws {
        let issues = try Validation.issues(entry.example.json, operation: entry.operationID, platform: entry.example.platform)
        let found = Set(issues.map(IssueKey.init))
        let expected = Set(entry.example.expectedIssues.map(IssueKey.init))
        #expect(found.subtracting(expected).sorted() == [], "reported but not expected")
        #expect(expected.subtracting(found).sorted() == [], "expected but not reported")
        #expect(issues.count == found.count, "an issue is reported twice: \(issues)")
    }

    @Test("Issues come sorted by path", arguments: SchemaExamples.all)
    func sortedByPath(_ entry: SchemaExamples.Entry) throws {
        let issues = try Validation.issues(entry.example.json, operation: entry.operationID, platform: entry.example.platform)
        #expect(issues.map(\.path) == issues.map(\.path).sorted())
    }

    @Test("Every example has an example of each operation on each of its platforms")
    func coverage() {
        for operation in SchemaExamples.schema.operations {
            for platform in operation.kind.platforms {
                #expect(operation.examples.contains { $0.platform == platform }, "\(operation.id) has no \(platform) example")
            }
        }
    }
}
