import Foundation
import InicisAudit
import Testing

/// PortOne's files are read as they are, and anything that is not them is refused with one line.
@Suite("Reading PortOne's documents")
struct UpstreamDocumentTests {
    private func sdkError(_ yaml: String) -> String? {
        do {
            _ = try BrowserSDKDocument(yaml: yaml, file: "x.yml")
            return nil
        } catch {
            return "\(error)"
        }
    }

    private func openAPIError(_ json: String) -> String? {
        do {
            _ = try OpenAPIDocument(json: Data(json.utf8), file: "x.json")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("Malformed YAML is one line with the place of the problem")
    func malformedYAML() {
        #expect(sdkError("resources:\n  a: [1, 2\nmethods: {}\n") == "x.yml:3:8: error: not valid YAML: did not find expected ',' or ']'")
        #expect(sdkError("\t- tab") == "x.yml:1:1: error: not valid YAML: found character that cannot start any token")
    }

    @Test("YAML that is not PortOne's SDK schema is refused", arguments: ["", "- 1\n- 2\n", "just text\n", "resources: {}\n", "methods: {}\n", "resources: []\nmethods: {}\n"])
    func notTheSDKShape(_ yaml: String) {
        #expect(sdkError(yaml) == "x.yml: error: not PortOne's browser-SDK schema: expected a mapping with 'resources' and 'methods' mappings")
    }

    @Test("Malformed JSON is one line")
    func malformedJSON() {
        #expect(openAPIError("{\"openapi\": \"3.0.3\", \"paths\": {") == "x.json: error: not valid JSON (Unexpected end of file during JSON parse.)")
        #expect(openAPIError("") == "x.json: error: not valid JSON (Unexpected end of file during JSON parse.)")
    }

    @Test("JSON that is not an OpenAPI document is refused", arguments: ["{}", "[]", "\"text\"", "{\"openapi\": \"3.0.3\"}", "{\"paths\": {}}"])
    func notOpenAPI(_ json: String) {
        #expect(openAPIError(json) == "x.json: error: not an OpenAPI document: expected an object with 'openapi' and 'paths'")
    }

    @Test("A YAML alias bomb is refused once the tree would pass a million nodes, not expanded")
    func aliasBomb() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "resources: {}\nmethods: {}\n"
        let start = Date()
        #expect(sdkError(yaml) == "x.yml: error: more than 1000000 YAML nodes once aliases are expanded; not PortOne's SDK schema")
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test("YAML nested too deep for the parser's recursion is refused unparsed", arguments: [
        "a: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n",
        String(repeating: "- ", count: 50_000) + "x\n",
        String(repeating: " ", count: 2_000) + "a: 1\n",
    ])
    func tooDeep(_ yaml: String) {
        #expect(sdkError(yaml) == "x.yml: error: nests more than 1000 levels deep; not PortOne's SDK schema")
    }

    @Test("Aliases stacked deeper than any line shows are refused too")
    func deepAliases() {
        var yaml = "a0: &a0 [x]\n"
        for level in 1...1_200 {
            yaml += "a\(level): &a\(level) [*a\(level - 1)]\n"
        }
        #expect(sdkError(yaml + "resources: {}\nmethods: {}\n") == "x.yml: error: nests more than 1000 levels deep; not PortOne's SDK schema")
    }

    @Test("A $ref that leads nowhere stops the audit with its line")
    func danglingReference() throws {
        let yaml = String(decoding: try AuditFixtures.data("sdk.yml"), as: UTF8.self)
            .replacingOccurrences(of: "#/resources/entity/PaymentTotalAmount", with: "#/resources/entity/PaymentTotal")
        let sdk = try BrowserSDKDocument(yaml: yaml, file: "sdk.yml")
        #expect(throws: UpstreamDocumentError.self) {
            _ = try Auditor.audit(try AuditFixtures.schema("drifted.xml"), sdk: sdk, openAPI: try AuditFixtures.openAPI())
        }
        do {
            _ = try Auditor.audit(try AuditFixtures.schema("drifted.xml"), sdk: sdk, openAPI: try AuditFixtures.openAPI())
        } catch {
            #expect("\(error)" == "sdk.yml:49: error: $ref '#/resources/entity/PaymentTotal' does not resolve")
        }
    }

    @Test("A cycle of references stops the audit instead of looping")
    func referenceCycle() throws {
        let yaml = String(decoding: try AuditFixtures.data("sdk.yml"), as: UTF8.self).replacingOccurrences(of: """
                PaymentTotalAmount:
                  type: integer
            """, with: """
                PaymentTotalAmount:
                  type: resourceRef
                  $ref: "#/resources/entity/PaymentTotalAmount"
            """)
        let sdk = try BrowserSDKDocument(yaml: yaml, file: "sdk.yml")
        do {
            _ = try Auditor.audit(try AuditFixtures.schema("drifted.xml"), sdk: sdk, openAPI: try AuditFixtures.openAPI())
            Issue.record("the cycle was not noticed")
        } catch {
            // totalAmount (line 50 once the definition grew by a line) is where the walk met the cycle.
            #expect("\(error)" == "sdk.yml:50: error: references nest more than 64 deep (a cycle?)")
        }
    }

    @Test("YAML keys stay text: the country code NO is not read as false")
    func keysAreText() throws {
        let yaml = """
            resources:
              entity:
                Country:
                  type: enum
                  variants:
                    NO:
                      description: Norway
                    "ON":
                      description: quoted
              request:
                PaymentRequest:
                  type: object
                  properties:
                    country:
                      type: resourceRef
                      $ref: "#/resources/entity/Country"
            methods:
              requestPayment:
                input:
                  type: resourceRef
                  $ref: "#/resources/request/PaymentRequest"
            """
        let sdk = try BrowserSDKDocument(yaml: yaml, file: "x.yml")
        var schema = try AuditFixtures.schema("drifted.xml")
        schema.operations.removeAll { $0.kind == .rest }
        let report = try Auditor.audit(schema, sdk: sdk, openAPI: try AuditFixtures.openAPI())
        // PaymentRequest's other fields are gone upstream; `country` is new, with the values NO and ON.
        #expect(report.findings.contains { $0.drift.detail == "PortOne's SDK defines key 'country' (enum 'Country'), which object 'PaymentRequest' lacks" })
    }
}
