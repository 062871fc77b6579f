import Foundation
@testable import InicisRuntime
import Testing

@Suite("Strict JSON parser")
struct JSONParserTests {
    private func parse(_ text: String) throws(Inicis.JSONSyntaxError) -> Inicis.JSON {
        try Inicis.JSON(parsing: Data(text.utf8))
    }

    @Test func readsEveryKindOfValue() throws {
        let value = try parse(#" {"a": [1, -2.5, 0, {"b": null}], "c": true, "d": false, "e": "x", "f": 1e3} "#)
        #expect(value == .object([
            .init("a", .array([.integer(1), .number(-2.5), .integer(0), .object([.init("b", .null)])])),
            .init("c", .bool(true)), .init("d", .bool(false)), .init("e", .string("x")), .init("f", .number(1000)),
        ]))
    }

    @Test func keepsBothValuesOfADuplicateKeyInOrder() throws {
        let value = try parse(#"{"totalAmount":1000,"x":{"k":1,"k":2},"totalAmount":1}"#)
        #expect(value == .object([
            .init("totalAmount", .integer(1000)),
            .init("x", .object([.init("k", .integer(1)), .init("k", .integer(2))])),
            .init("totalAmount", .integer(1)),
        ]))
        #expect(value.duplicateKeyPaths.map(\.description) == ["x.k", "totalAmount"])
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try parse(#""\" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00 한글""#) == .string("\" \\ / \u{8} \u{C} \n \r \t é 😀 한글"))
    }

    @Test func integersThatDoNotFitAreNumbers() throws {
        #expect(try parse("9223372036854775807") == .integer(Int.max))
        #expect(try parse("9223372036854775808") == .number(9_223_372_036_854_775_808))
    }

    @Test(arguments: [
        ("", 0), ("{", 1), ("{\"a\" 1}", 5), ("[1,]", 3), ("01", 1), ("1.", 2), ("-", 1), ("tru", 0),
        ("\"\\ud800\"", 7), ("\"\\udc00\"", 7), ("\"a\nb\"", 2), ("\"\\x\"", 2), ("{} x", 3), ("\u{FEFF}{}", 0),
        ("1e999", 0), ("\"abc", 4),
    ])
    func refusesWhatIsNotJSON(text: String, offset: Int) {
        #expect(throws: Inicis.JSONSyntaxError.self) { try parse(text) }
        do {
            _ = try parse(text)
        } catch {
            #expect(error.offset == offset, "\(text): \(error.reason)")
        }
    }

    /// A lone byte, a four-byte sequence cut after three (whose repair is as long as it is), an
    /// encoded surrogate and an overlong slash, inside a string and after an escape.
    @Test(arguments: [[0xFF], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0x5C, 0x6E, 0xF0, 0x9F, 0x98, 0x61]] as [[UInt8]])
    func refusesInvalidUTF8(inside string: [UInt8]) {
        #expect(throws: Inicis.JSONSyntaxError.self) { try Inicis.JSON(parsing: Data([0x22] + string + [0x22])) }
    }

    @Test func readsUTF8AroundEscapes() throws {
        #expect(try parse(#""가\n나\u00e9😀""#) == .string("가\n나é😀"))
    }

    @Test func refusesNestingDeeperThanTheLimit() throws {
        let deep = String(repeating: "[", count: Inicis.JSONParser.maximumDepth + 1) + String(repeating: "]", count: Inicis.JSONParser.maximumDepth + 1)
        #expect(throws: Inicis.JSONSyntaxError.self) { try parse(deep) }
        let allowed = String(repeating: "[", count: Inicis.JSONParser.maximumDepth) + String(repeating: "]", count: Inicis.JSONParser.maximumDepth)
        _ = try parse(allowed)
    }

    @Test func errorsDescribeThemselvesInKorean() {
        #expect(Inicis.JSONSyntaxError(offset: 4, reason: "문자열이 닫히지 않았습니다").errorDescription == "JSON이 아닙니다 (5번째 바이트): 문자열이 닫히지 않았습니다")
    }

    @Test func codableRoundTripsThroughFoundation() throws {
        let value: Inicis.JSON = ["b": [1, 2.5, "x", nil, true], "a": ["nested": "y"]]
        let data = try JSONEncoder().encode(value)
        let decoded = try JSONDecoder().decode(Inicis.JSON.self, from: data)
        // Foundation's decoder does not keep key order; the value sorts its keys.
        #expect(decoded == ["a": ["nested": "y"], "b": [1, 2.5, "x", nil, true]])
    }
}
