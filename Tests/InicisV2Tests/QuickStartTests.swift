import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import InicisSchema
import InicisV2
import Testing

/// The quick starts of the pages, run: each snippet (`QuickStartSnippets`, the pages' Swift
/// compiled with this target) builds the request its page shows as JSON, finds it clean, and for
/// REST makes the call the page describes.
@Suite("Quick starts")
struct QuickStartTests {
    static let secret = "test-api-secret"

    @Test("Every quick start of the schema has its Swift snippet")
    func everyQuickStartHasASnippet() {
        let quickStarts = SchemaExamples.all.filter(\.example.isQuickStart).map { $0.operationID + "/" + $0.example.id }
        #expect(QuickStartSnippets.all.map { $0.operation + "/" + $0.example } == quickStarts)
        #expect(Set(SchemaExamples.all.filter(\.example.isQuickStart).map(\.operationID)) == Set(SchemaExamples.schema.operations.map(\.id)))
    }

    @Test("The snippet builds the page's JSON and finds it clean", arguments: QuickStartSnippets.all.map(\.example))
    func snippetBuildsThePagesRequest(_ exampleID: String) throws {
        let snippet = try #require(QuickStartSnippets.all.first { $0.example == exampleID })
        let entry = try #require(SchemaExamples.all.first { $0.example.id == exampleID })
        let operation = try #require(SchemaExamples.schema.operation(entry.operationID))
        switch try snippet.run(Self.secret) {
        case .sdk(let json, let issues):
            #expect(operation.kind == .sdk)
            #expect(issues == [])
            #expect(try Self.object(json) == Self.object(Data(entry.example.json.utf8)))
        case .rest(let request, let issues):
            #expect(operation.kind == .rest)
            #expect(issues == [])
            var path = try #require(operation.path)
            // The pages' path values read like a shop's ids: the example's id without its
            // `quick-` mark, then a serial number (`payment-schedule-0001`).
            let value = (exampleID.hasPrefix("quick-") ? String(exampleID.dropFirst("quick-".count)) : exampleID) + "-0001"
            for parameter in operation.pathParameters {
                path = path.replacingOccurrences(of: "{" + parameter.wireName + "}", with: value)
            }
            #expect(request.url?.absoluteString == "https://api.portone.io" + path)
            #expect(request.httpMethod == operation.httpMethod)
            #expect(request.value(forHTTPHeaderField: "Authorization") == "PortOne " + Self.secret)
            #expect(request.value(forHTTPHeaderField: "Content-Type") == "application/json")
            #expect(try Self.object(request.httpBody ?? Data()) == Self.object(Data(entry.example.json.utf8)))
        }
    }

    @Test("The quick starts are clean at the pages' clock too", arguments: SchemaExamples.all.filter(\.example.isQuickStart))
    func cleanAtTheExampleClock(_ entry: SchemaExamples.Entry) throws {
        #expect(try Validation.issues(entry.example.json, operation: entry.operationID, platform: entry.example.platform, contracts: entry.contracts) == [])
    }

    /// JSON compared as values: the order of keys and the layout do not matter.
    static func object(_ data: Data) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }
}
