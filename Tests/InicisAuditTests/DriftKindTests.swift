import InicisAudit
import InicisSchema
import Testing

/// drifted.xml is behind sdk.yml and openapi.json by one drift of each kind; every one is an
/// error at the schema node involved, and the audit fails.
@Suite("Drift of each kind")
struct DriftKindTests {
    static let expectedLines = [
        "drifted.xml:6: error: [enum-value-added] payment: currency: PortOne's SDK enum 'Currency' has value 'JPY', which enum 'Currency' lacks (sdk.yml:9)",
        "drifted.xml:10: error: [alias-prefix-changed] payment: card.cardCompany: PortOne's SDK enum 'CardCompany' has valuePrefix 'CARD_COMPANY', enum 'CardCompany' has alias-prefix 'CARD' (sdk.yml:19)",
        "drifted.xml:13: error: [enum-value-removed] payment: card.cardCompany: value 'TOSS_BANK' of enum 'CardCompany' is no longer in PortOne's SDK enum 'CardCompany' (sdk.yml:19)",
        "drifted.xml:17: error: [new-key] payment: customData: PortOne's SDK defines key 'customData' (free-form JSON), which object 'PaymentRequest' lacks (sdk.yml:59)",
        "drifted.xml:19: error: [type-changed] payment: totalAmount: PortOne's SDK has integer 'PaymentTotalAmount', the schema string (sdk.yml:27)",
        "drifted.xml:21: error: [nesting-changed] payment: offerPeriod: PortOne's SDK has one-of object 'OfferPeriod', the schema object 'OfferPeriod' (sdk.yml:30)",
        "drifted.xml:29: error: [removed-key] payment: card.useInstallment: PortOne's SDK object 'PaymentRequestUnionCard' no longer defines key 'useInstallment' (sdk.yml:69)",
        "drifted.xml:46: error: [operation-missing] instant-payment: PortOne's REST API has no path '/payments/{paymentId}/instant'; 'InstantPaymentInput' is the body of POST /payments/{paymentId}/instant-payment (openapi.json#/paths)",
        "drifted.xml:49: error: [operation-missing] billing-key: PortOne's REST API has no POST on '/billing-keys' (it has GET, PATCH) (openapi.json#/paths)",
        "drifted.xml:50: error: [request-body-changed] escrow-logistics: POST /payments/{paymentId}/escrow/logistics takes 'RegisterEscrowLogisticsBody' as its body in PortOne's REST API, the schema object 'EscrowLogisticsBody' (openapi.json#/paths/~1payments~1{paymentId}~1escrow~1logistics/post/requestBody/content/application~1json/schema)",
        "audit: 10 unexplained drifts, 0 explained, 0 stale explanations",
    ]

    @Test("Each drift is one exact line at its schema node, and the audit fails")
    func everyKindReported() throws {
        let report = try AuditFixtures.audit("drifted.xml")
        let lines = AuditFixtures.lines(report)
        #expect(lines == Self.expectedLines, "\(lines.joined(separator: "\n"))")
        #expect(!report.isClean)
        #expect(report.staleExplanations.isEmpty)
    }

    @Test("Every kind of drift is covered by the fixture exactly once, except the two endpoint kinds")
    func kindsCovered() throws {
        let kinds = try AuditFixtures.audit("drifted.xml").findings.map(\.drift.kind)
        for kind in DriftKind.allCases {
            #expect(kinds.filter { $0 == kind }.count == (kind == .operationMissing ? 2 : 1), "\(kind)")
        }
    }

    @Test("A request root that is no longer an object of keys is one drift of the operation, without a path")
    func rootNesting() throws {
        let yaml = String(decoding: try AuditFixtures.data("sdk.yml"), as: UTF8.self)
            .replacingOccurrences(of: "    PaymentRequest:\n      type: intersection", with: "    PaymentRequest:\n      type: union")
        let sdk = try BrowserSDKDocument(yaml: yaml, file: "sdk.yml")
        var schema = try AuditFixtures.schema("drifted.xml")
        schema.operations.removeAll { $0.kind == .rest }
        let lines = AuditFixtures.lines(try Auditor.audit(schema, sdk: sdk, openAPI: try AuditFixtures.openAPI()))
        #expect(lines.contains("drifted.xml:45: error: [nesting-changed] payment: PortOne's SDK has union of objects 'PaymentRequest', the schema object 'PaymentRequest' (sdk.yml:37)"), "\(lines.joined(separator: "\n"))")
    }

    @Test("A request that reaches one enum along two paths reports its drift once")
    func enumReachedTwice() throws {
        var schema = try AuditFixtures.schema("drifted.xml")
        let card = try #require(schema.objectPosition("Card"))
        schema.objects[card].fields.append(Field(wireName: "availableCards", type: .array(.enumeration("CardCompany")), location: schema.objects[card].location))
        let yaml = String(decoding: try AuditFixtures.data("sdk.yml"), as: UTF8.self).replacingOccurrences(of: """
                    cardCompany:
                      type: resourceRef
                      $ref: "#/resources/entity/CardCompany"
                      optional: true
            """, with: """
                    cardCompany:
                      type: resourceRef
                      $ref: "#/resources/entity/CardCompany"
                      optional: true
                    availableCards:
                      type: array
                      items:
                        type: resourceRef
                        $ref: "#/resources/entity/CardCompany"
            """)
        let sdk = try BrowserSDKDocument(yaml: yaml, file: "sdk.yml")
        let report = try Auditor.audit(schema, sdk: sdk, openAPI: try AuditFixtures.openAPI())
        let removed = report.findings.filter { $0.drift.kind == .enumValueRemoved }
        #expect(removed.count == 1)
        #expect(removed.first?.drift.paths == ["card.cardCompany", "card.availableCards[]"])
        #expect(removed.first?.drift.message == "payment: card.cardCompany (and 1 more path): value 'TOSS_BANK' of enum 'CardCompany' is no longer in PortOne's SDK enum 'CardCompany'")
    }
}
