import Foundation
import InicisSchema
import InicisV2
import Testing

/// The schema's examples are the specification: each one, validated on its platform with the
/// contracts it names (`contracts="…"`) at `ExampleClock.now`, gives exactly the issues its
/// `<expect>` elements list.
@Suite("Schema examples")
struct SchemaExampleValidationTests {
    @Test("Each example reports exactly its expected issues", arguments: SchemaExamples.all)
    func expectedIssues(_ entry: SchemaExamples.Entry) throws {
        let issues = try Validation.issues(entry.example.json, operation: entry.operationID, platform: entry.example.platform, contracts: entry.contracts)
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

    @Test("The guide's own mistakes are reported", arguments: [
        ("guide-easy-pay-saumsungpay", "easyPay.easyPayProvider", "invalid-enum-value"),
        ("guide-bypass-as-written", "bypass.inicis_v2.P_NMANE", "unknown-key"),
        ("guide-instant-payment-as-written", "method.virtualAccount.expiry.dueDate", "invalid-format"),
        ("guide-payment-schedule-as-written", "timeToPay", "invalid-format"),
        ("guide-billing-key-as-written", "method.card.credential.expiryYear", "card-expiry-year-not-passed"),
        ("page-request-issue-billing-key-and-pay-as-written", "billingKeyAndPayMethod", "invalid-enum-value"),
        ("page-billing-key-payment-as-written", "customer.name", "missing-required"),
    ])
    func guideMistakes(_ exampleID: String, _ path: String, _ code: String) throws {
        let entry = try #require(SchemaExamples.all.first { $0.example.id == exampleID })
        let issues = try Validation.issues(entry.example.json, operation: entry.operationID, platform: entry.example.platform)
        #expect(issues.contains { $0.path.description == path && $0.code.rawValue == code }, "\(issues)")
    }

    /// The guide's examples as the schema corrects them, at the guide's own time (its dates were
    /// in the future then) and with every contract the guide says these features need.
    @Test("The guide's corrected examples pass", arguments: [
        "guide-request-payment", "guide-bypass-pc", "guide-bypass-mobile", "guide-request-issue-billing-key",
        "page-request-issue-billing-key-and-pay", "page-request-issue-billing-key-and-pay-mobile",
        "guide-instant-payment", "guide-billing-key", "guide-billing-key-payment", "guide-payment-schedule",
    ])
    func guideExamplesPass(_ exampleID: String) throws {
        let entry = try #require(SchemaExamples.all.first { $0.example.id == exampleID })
        let guideTime = Date(timeIntervalSince1970: 1_672_498_800) // 2022-12-31T15:00:00Z, 2023-01-01 in Seoul
        let issues = try Validation.issues(entry.example.json, operation: entry.operationID, platform: entry.example.platform,
                                           contracts: Validation.allContracts, now: guideTime)
        #expect(issues == [])
    }

    @Test("Validation is safe from many tasks at once")
    func concurrent() async throws {
        let entries = SchemaExamples.all
        let expected = try entries.map { try Validation.issues($0.example.json, operation: $0.operationID, platform: $0.example.platform) }
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for round in 0..<8 {
                group.addTask {
                    try entries.indices.allSatisfy { index in
                        let entry = entries[(index + round) % entries.count]
                        let issues = try Validation.issues(entry.example.json, operation: entry.operationID, platform: entry.example.platform)
                        return issues == expected[(index + round) % entries.count]
                    }
                }
            }
            for try await same in group { #expect(same) }
        }
    }

    @Test("The tests reach every operation of the schema through the generated library")
    func everyOperationIsGenerated() {
        #expect(GeneratedOperations.ids.sorted() == SchemaExamples.schema.operations.map(\.id).sorted())
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
