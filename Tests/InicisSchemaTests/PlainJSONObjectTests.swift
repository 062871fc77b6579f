import Foundation
@testable import InicisSchema
import Testing

/// The checker's quick yes for example JSON must never accept what Foundation refuses.
@Suite("Plain JSON objects")
struct PlainJSONObjectTests {
    @Test(arguments: [
        "{}", " {\"a\": 1} ", "{\"a\":[1,-2.5,0,{\"b\":null}],\"c\":true,\"d\":false}",
        "{\"s\":\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 한글\"}", "{\"a\":1,\"a\":2}", "\n{\r\n\t\"x\" : \"y\"\n}\n",
    ])
    func acceptsObjects(_ text: String) {
        #expect(PlainJSONObject.isCertainlyObject(text))
        #expect(CheckRun.jsonProblem(text) == nil)
    }

    @Test(arguments: [
        "", "[]", "1", "\"a\"", "{", "{\"a\":}", "{\"a\":1,}", "{a:1}", "{\"a\":01}", "{\"a\":1e3}", "{\"a\":1.}",
        "{\"a\":\"\\ud800\"}", "{\"a\":\"\u{01}\"}", "{\"a\":tru}", "{} x", "\u{FEFF}{}", "{\"a\":1234567890123456}",
        String(repeating: "{\"a\":", count: 70) + "1" + String(repeating: "}", count: 70),
    ])
    func leavesTheRestToFoundation(_ text: String) {
        #expect(!PlainJSONObject.isCertainlyObject(text))
    }

    /// Random near-JSON: whatever the recognizer accepts, Foundation reads as an object.
    @Test func neverDisagreesWithFoundation() throws {
        let pieces = ["{", "}", "[", "]", ",", ":", " ", "\"k\"", "\"\\u0041\"", "\"\\ud83d\"", "1", "-0", "2.5", "1e2", "true", "null", "\"", "\\", "x"]
        var state: UInt64 = 0x853C_49E6_748F_EA9B
        var accepted = 0
        for _ in 0..<20_000 {
            var text = "{\"k\":"
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for position in 0..<Int(state >> 61) + 1 {
                text += pieces[Int((state >> UInt64(position * 5 + 3)) % UInt64(pieces.count))]
            }
            text += "}"
            guard PlainJSONObject.isCertainlyObject(text) else { continue }
            accepted += 1
            let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
            #expect(value is [String: Any], "\(text)")
        }
        #expect(accepted > 100)
    }
}
