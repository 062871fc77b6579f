import Foundation
@testable import InicisRuntime
import Testing

@Suite("Validation paths")
struct ValidationPathTests {
    @Test func describesKeysIndicesAndQuotedKeys() {
        let path = Inicis.ValidationPath([.key("items"), .index(0), .key("vatAmount"), .key("a.b"), .key("\"\n")])
        #expect(path.description == #"items[0].vatAmount["a.b"]["\"\n"]"#)
        #expect(Inicis.ValidationPath().isRoot)
    }

    @Test(arguments: ["customer.email", "items[10].vatAmount", #"bypass["a.b"][2]"#, #"x["한글 키"].y"#, "a[0][1]"])
    func parsesWhatItDescribes(text: String) throws {
        let path = try #require(Inicis.ValidationPathParser.parse(text))
        #expect(path.description == text)
    }

    @Test(arguments: ["", ".a", "a..b", "a[", "a[x]", #"a["b"#])
    func refusesMalformedPaths(text: String) {
        #expect(Inicis.ValidationPathParser.parse(text) == nil || text.isEmpty)
    }

    @Test func ordersIndicesNumericallyAndPrefixesFirst() {
        let paths = ["items[10]", "items[2].a", "items[2]", "a", "items"].map { Inicis.ValidationPathParser.parse($0)! }
        #expect(paths.sorted().map(\.description) == ["a", "items", "items[2]", "items[2].a", "items[10]"])
    }

    @Test func issueRoundTripsThroughCodableAsAFlatObject() throws {
        let issue = Inicis.ValidationIssue(path: Inicis.ValidationPathParser.parse(#"items[0]["a.b"]"#)!, severity: .warning, code: .unknownKey, message: "메시지")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(issue)
        #expect(String(decoding: data, as: UTF8.self) == #"{"code":"unknown-key","message":"메시지","path":"items[0][\"a.b\"]","severity":"warning"}"#)
        #expect(try JSONDecoder().decode(Inicis.ValidationIssue.self, from: data) == issue)
    }
}
