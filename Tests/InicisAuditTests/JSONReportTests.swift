import Foundation
import InicisAudit
import Testing

/// `--format json`: one stable document with every drift, explained or not.
@Suite("JSON report")
struct JSONReportTests {
    @Test("One line, keys sorted, the same bytes every time")
    func stable() throws {
        let report = try AuditFixtures.audit("stale.xml")
        let json = try AuditJSONReport.render(report)
        #expect(json == (try AuditJSONReport.render(try AuditFixtures.audit("stale.xml"))))
        #expect(json.hasSuffix("}\n"))
        #expect(json.dropLast().allSatisfy { $0 != "\n" })
        #expect(json.hasPrefix("{\"drifts\":[{\"explained\":true,\"explanation\":{\"kind\":\"omitted\",\"line\":10,\"text\":\"Inicis takes KRW and USD only.\"},\"kind\":\"enum-value-added\","))
        #expect(json.hasSuffix(",\"summary\":{\"explained\":6,\"stale\":3,\"unexplained\":0}}\n"))
    }

    @Test("Every drift is there, with its places and, when explained, its explanation")
    func content() throws {
        let json = try AuditJSONReport.render(try AuditFixtures.audit("drifted.xml"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let drifts = try #require(document["drifts"] as? [[String: Any]])
        #expect(drifts.count == 10)
        let first = drifts[0]
        #expect(first["kind"] as? String == "enum-value-added")
        #expect(first["operation"] as? String == "payment")
        #expect(first["paths"] as? [String] == ["currency"])
        #expect(first["message"] as? String == "PortOne's SDK enum 'Currency' has value 'JPY', which enum 'Currency' lacks")
        let schema = try #require(first["schema"] as? [String: Any])
        #expect(schema["file"] as? String == "drifted.xml")
        #expect(schema["line"] as? Int == 6)
        let upstream = try #require(first["upstream"] as? [String: Any])
        #expect(upstream["file"] as? String == "sdk.yml")
        #expect(upstream["line"] as? Int == 9)
        #expect(upstream["pointer"] == nil)
        #expect(first["explained"] as? Bool == false)
        #expect(first["explanation"] == nil)
        let rest = try #require(drifts.last?["upstream"] as? [String: Any])
        #expect(rest["line"] == nil)
        #expect(rest["pointer"] as? String == "#/paths/~1payments~1{paymentId}~1escrow~1logistics/post/requestBody/content/application~1json/schema")
        #expect(document["summary"] as? [String: Int] == ["unexplained": 10, "explained": 0, "stale": 0])
        #expect((document["staleExplanations"] as? [Any])?.isEmpty == true)
    }
}
