import Foundation
import InicisV2
import PropertyBased
import Testing

/// A server returns validation issues as JSON without a type of its own: `Inicis.ValidationIssue` is
/// `Codable` as `{"path":"customer.email","severity":"error","code":"…","message":"…"}` (the
/// CLI's `--format json`), its code a typed value with a stable string. The error types are
/// `LocalizedError`, in Korean.
@Suite("Inicis.ValidationIssue as JSON")
struct ValidationIssueCodableTests {
    /// What a server would answer.
    struct Response: Codable, Equatable {
        var issues: [Inicis.ValidationIssue]
    }

    static var allIssues: [Inicis.ValidationIssue] {
        SchemaExamples.all.flatMap { entry in
            (try? Validation.issues(entry.example.json, operation: entry.operationID, platform: entry.example.platform)) ?? []
        }
    }

    @Test("Every issue of every example goes to JSON and back unchanged")
    func roundTrip() throws {
        let issues = Self.allIssues
        #expect(issues.count > 50)
        let data = try JSONEncoder().encode(Response(issues: issues))
        #expect(try JSONDecoder().decode(Response.self, from: data) == Response(issues: issues))
    }

    @Test("An issue's JSON has the CLI's four string members")
    func shape() throws {
        for issue in Self.allIssues {
            let json = try Inicis.JSON(parsing: JSONEncoder().encode(issue))
            guard case .object(let members) = json else {
                Issue.record("\(json)")
                continue
            }
            #expect(Set(members.map(\.key)) == ["path", "severity", "code", "message"])
            #expect(json["path"] == .string(issue.path.description))
            #expect(json["severity"] == .string(issue.severity.rawValue))
            #expect(json["code"] == .string(issue.code.rawValue))
            #expect(json["message"] == .string(issue.message))
        }
    }

    @Test("The codes the engine reports have stable strings")
    func stableCodes() {
        let codes: [(Inicis.ValidationIssue.Code, String)] = [
            (.missingRequired, "missing-required"), (.unknownKey, "unknown-key"), (.duplicateKey, "duplicate-key"),
            (.wrongType, "wrong-type"), (.invalidEnumValue, "invalid-enum-value"), (.invalidFormat, "invalid-format"),
            (.oneOf, "one-of"), (.ignoredParameter, "ignored-parameter"), (.unsupportedOnPlatform, "unsupported-on-platform"),
            (.removedParameter, "removed-parameter"), (.contractRequired, "contract-required"), (.grammarError, "grammar-error"),
            (.platformMismatch, "platform-mismatch"),
        ]
        for (code, text) in codes {
            #expect(code.rawValue == text)
            #expect(code == Inicis.ValidationIssue.Code(rawValue: text))
        }
        // A rule's code is its id in the schema.
        let ruleIDs = Set(SchemaExamples.schema.objects.flatMap(\.rules).map(\.id))
        let reported = Set(Self.allIssues.map(\.code.rawValue))
        #expect(reported.isSubset(of: Set(codes.map(\.1)).union(ruleIDs)), "\(reported.subtracting(codes.map(\.1)).subtracting(ruleIDs))")
    }

    /// Key text with everything a path must quote: dots, brackets, quotes, backslashes, line
    /// breaks, spaces, Hangul, the empty key.
    static let keyCharacters = Array("ab_$9.[]\"\\\n 가")
    static let component = zip(Gen.bool, Gen.int(in: 0..<keyCharacters.count).array(of: 0...6), Gen.int(in: 0...120))
        .map { isKey, characters, index -> Inicis.ValidationPath.Component in
            isKey ? .key(String(characters.map { keyCharacters[$0] })) : .index(index)
        }

    @Test("Any path goes to JSON as its description and reads back the same")
    func paths() async {
        await propertyCheck(count: 500, input: Self.component.array(of: 0...5)) { components in
            let path = Inicis.ValidationPath(components)
            let data = try JSONEncoder().encode(path)
            #expect(try JSONDecoder().decode(String.self, from: data) == path.description)
            #expect(try JSONDecoder().decode(Inicis.ValidationPath.self, from: data) == path, "\(path.description)")
        }
    }

    @Test("Text that is not a path does not decode as one", arguments: ["a..b", "a[", "[x]", "a[1", ".a", #"a["b"#, "a]"])
    func notAPath(_ text: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Inicis.ValidationPath.self, from: JSONEncoder().encode(text))
        }
    }

    @Test("The library's errors say what is wrong in Korean, through LocalizedError")
    func localizedErrors() throws {
        do {
            _ = try Inicis.JSON(parsing: Data(#"{"a": }"#.utf8))
            Issue.record("not JSON, yet parsed")
        } catch {
            #expect(error.offset == 6)
            #expect((error as any Error).localizedDescription == "JSON이 아닙니다 (7번째 바이트): 값이 와야 할 자리입니다")
        }
        do {
            _ = try Inicis.AcceptMethod(parsing: "SKIN(#C1272)")
            Issue.record("a five-digit colour parsed")
        } catch {
            #expect((error as any Error).localizedDescription.hasPrefix("옵션 문법 오류, 12번째 문자: #RRGGBB 형식의 색상이 필요합니다"))
        }
        let bypass = Inicis.InicisV2Bypass(acceptMethod: ["below1000", "SKIN(C1272C)"])
        do {
            _ = try bypass.pc
            Issue.record("a colour without # parsed")
        } catch {
            #expect((error as any Error).localizedDescription == "옵션 문법 오류, acceptmethod[1]: 6번째 문자: #RRGGBB 형식의 색상이 필요합니다")
        }
    }

    @Test("validate(json:) throws only for text that is not JSON, and says where")
    func notJSON() {
        #expect(throws: Inicis.JSONSyntaxError(offset: 0, reason: "값이 와야 하는데 입력이 끝났습니다")) {
            try Inicis.RequestPaymentOperation.validate(json: Data(), platform: .pc)
        }
    }
}
