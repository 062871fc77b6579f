import InicisAudit
import InicisSchema
import Testing

/// What explains a drift, what does not, and what explains nothing any more.
@Suite("Explanations")
struct ExplanationTests {
    @Test("Explained drifts stay quiet: only the summary, and the audit passes")
    func explainedIsQuiet() throws {
        let report = try AuditFixtures.audit("explained.xml")
        #expect(AuditFixtures.lines(report) == ["audit: 0 unexplained drifts, 8 explained, 0 stale explanations"])
        #expect(report.isClean)
    }

    @Test("--show-explained lists each explained drift with what explains it")
    func explainedNotes() throws {
        let lines = AuditFixtures.lines(try AuditFixtures.audit("explained.xml"), showExplained: true)
        #expect(lines == [
            "explained.xml:7: note: [enum-value-added] payment: currency: PortOne's SDK enum 'Currency' has value 'JPY', which enum 'Currency' lacks (sdk.yml:9); explained by <omitted> on line 10: Inicis takes KRW and USD only.",
            "explained.xml:12: note: [alias-prefix-changed] payment: card.cardCompany: PortOne's SDK enum 'CardCompany' has valuePrefix 'CARD_COMPANY', enum 'CardCompany' has alias-prefix 'CARD' (sdk.yml:19); explained by <difference> on line 13",
            "explained.xml:16: note: [enum-value-removed] payment: card.cardCompany: value 'TOSS_BANK' of enum 'CardCompany' is no longer in PortOne's SDK enum 'CardCompany' (sdk.yml:19); explained by <difference> on line 17",
            "explained.xml:22: note: [new-key] payment: customData: PortOne's SDK defines key 'customData' (free-form JSON), which object 'PaymentRequest' lacks (sdk.yml:59); explained by <omitted> on line 30: Free-form JSON, which the schema language has no type for.",
            "explained.xml:24: note: [type-changed] payment: totalAmount: PortOne's SDK has integer 'PaymentTotalAmount', the schema string (sdk.yml:27); explained by <difference> on line 25",
            "explained.xml:28: note: [nesting-changed] payment: offerPeriod: PortOne's SDK has one-of object 'OfferPeriod', the schema object 'OfferPeriod' (sdk.yml:30); explained by <difference> on line 33",
            "explained.xml:38: note: [removed-key] payment: card.useInstallment: PortOne's SDK object 'PaymentRequestUnionCard' no longer defines key 'useInstallment' (sdk.yml:69); explained by removed=\"true\" on line 38",
            "explained.xml:40: note: [new-key] instant-payment: bypass: PortOne's REST API defines key 'bypass' (free-form JSON), which object 'InstantPaymentInput' lacks (openapi.json#/components/schemas/InstantPaymentInput/properties/bypass); explained by <omitted> on line 42: PG사별 추가 파라미터(임의의 JSON)는 이 스키마가 다루지 않습니다.",
            "audit: 0 unexplained drifts, 8 explained, 0 stale explanations",
        ])
    }

    @Test("A stale explanation is a warning at its line; the audit still passes")
    func staleWarns() throws {
        let report = try AuditFixtures.audit("stale.xml")
        let warnings = AuditFixtures.lines(report).filter { $0.contains(": warning: ") }
        #expect(warnings == [
            "stale.xml:11: warning: [stale-explanation] <omitted value=\"EUR\"> in enum 'Currency' explains nothing: PortOne's enum has no value 'EUR'; remove the omission",
            "stale.xml:32: warning: [stale-explanation] <omitted name=\"merpayCategoryId\"> in object 'PaymentRequest' explains nothing: PortOne defines no key 'merpayCategoryId' there; remove the omission",
            "stale.xml:39: warning: [stale-explanation] field 'cardCompany' of object 'Card' is marked removed=\"true\", but PortOne defines the key (payment: card.cardCompany, sdk.yml:72); drop removed=\"true\" if it is back",
        ])
        #expect(AuditFixtures.lines(report).last == "audit: 0 unexplained drifts, 6 explained, 3 stale explanations")
        #expect(report.isClean)
    }

    @Test("An explanation on another node, or of another kind, explains nothing")
    func explanationsAreSpecific() throws {
        var schema = try AuditFixtures.schema("drifted.xml")
        let here = schema.location
        let difference = GuideDifference(guide: "g", wire: "w", explanation: "unrelated", location: here)
        // A difference on the operation does not excuse its missing endpoint; one on the object
        // does not excuse a key it lacks; an omission of the wrong name does nothing.
        let operation = try #require(schema.operations.firstIndex { $0.id == "instant-payment" })
        schema.operations[operation].documentation.differences = [difference]
        schema.objects[0].documentation.differences = [difference]
        schema.objects[0].omissions = [Omission(name: "customdata", reason: "case matters", location: here)]
        // A difference on a field that is removed upstream is not removed="true".
        let card = try #require(schema.objectPosition("Card"))
        schema.objects[card].fields[1].documentation.differences = [difference]
        let report = try Auditor.audit(schema, sdk: try AuditFixtures.sdk(), openAPI: try AuditFixtures.openAPI())
        #expect(report.unexplained.count == 10)
        #expect(report.staleExplanations.map(\.message) == ["<omitted name=\"customdata\"> in object 'PaymentRequest' explains nothing: PortOne defines no key 'customdata' there; remove the omission"])
    }

    @Test("An object no operation compares proves nothing stale")
    func uncomparedIsNotStale() throws {
        var schema = try AuditFixtures.schema("stale.xml")
        schema.operations.removeAll { $0.kind == .sdk }
        let report = try Auditor.audit(schema, sdk: try AuditFixtures.sdk(), openAPI: try AuditFixtures.openAPI())
        #expect(report.staleExplanations.isEmpty)
        #expect(report.findings.map(\.drift.operationID) == ["instant-payment"])
    }
}
