import Foundation
import InicisSchema
import InicisV2
import Testing

/// Nothing is dropped: keys the schema does not know (a field PortOne adds next month, an
/// option in `bypass.inicis_v2`), unknown enum values and unknown bypass options survive
/// decoding and encoding at every level, and `validate` still warns about them.
@Suite("Unknown keys and values are kept")
struct UnknownFieldsTests {
    /// A filled request with a new key in every object the schema knows, one-of objects
    /// included (which then hold an alternative the library does not know).
    struct Extended {
        var json: Inicis.JSON
        var addedPaths: [String]
    }

    static func extended(_ entry: PrivateDataTests.Case) throws -> Extended {
        let filled = try PrivateDataTests.request(entry)
        let body = try #require(SchemaExamples.schema.operation(entry.operationID)).body
        var added: [String] = []
        let json = adding(to: filled.json, objectID: body, path: [], added: &added)
        return Extended(json: json, addedPaths: added)
    }

    /// A value of every JSON kind, so that the kept value is seen to be kept whole.
    static let futureValue: Inicis.JSON = ["list": [1, 2.5, "three", nil, true], "object": ["deep": ["deeper": "value"]]]

    private static func adding(to value: Inicis.JSON, objectID: String, path: [JSONStep], added: inout [String]) -> Inicis.JSON {
        switch value {
        case .object(var members):
            guard let object = SchemaExamples.schema.object(objectID) else { return value }
            members = members.map { member in
                guard let field = object.field(member.key), let nested = OperationFields.objectID(in: field.type) else { return member }
                return Inicis.JSON.Member(member.key, adding(to: member.value, objectID: nested, path: path + [.key(member.key)], added: &added))
            }
            let key = "futureKey\(added.count)"
            members.append(Inicis.JSON.Member(key, futureValue))
            added.append(JSONStep.text(path + [.key(key)]))
            return .object(members)
        case .array(let elements):
            return .array(elements.enumerated().map { adding(to: $1, objectID: objectID, path: path + [.index($0)], added: &added) })
        default:
            return value
        }
    }

    @Test("A new key in every object survives decoding and encoding, one-of objects included", arguments: PrivateDataTests.cases)
    func keptAtEveryLevel(_ entry: PrivateDataTests.Case) throws {
        let request = try Self.extended(entry)
        #expect(request.addedPaths.count > 1)
        let encoded = try GeneratedOperations.roundTrip(json: JSONText.data(request.json), operation: entry.operationID)
        let body = try #require(SchemaExamples.schema.operation(entry.operationID)).body
        #expect(try Inicis.JSON(parsing: encoded) == ExpectedWireForm(schema: SchemaExamples.schema).request(request.json, body: body))
    }

    @Test("validate warns about every new key, from the JSON and from the model alike", arguments: PrivateDataTests.cases)
    func warned(_ entry: PrivateDataTests.Case) throws {
        let request = try Self.extended(entry)
        let operation = try #require(SchemaExamples.schema.operation(entry.operationID))
        for platform in operation.kind.platforms {
            let json = JSONText.data(request.json)
            let fromJSON = try Validation.issues(json, operation: entry.operationID, platform: platform)
            let warned = fromJSON.filter { $0.code == .unknownKey }
            #expect(Set(warned.map(\.path.description)) == Set(request.addedPaths))
            #expect(warned.allSatisfy { $0.severity == .warning })
            let fromModel = try GeneratedOperations.validateModel(json: json, operation: entry.operationID, platform: Inicis.Platform(platform), contracts: [], now: ExampleClock.now)
            #expect(fromModel == fromJSON)
        }
    }

    static let payment = #"""
        {"storeId": "store-1", "channelKey": "channel-1", "paymentId": "order-1", "orderName": "코트", "totalAmount": 1000,
         "currency": "KRW", "payMethod": "CARD",
         "bypass": {"inicis_v2": {"acceptmethod": ["below1000", "futureoption(1)"], "P_FUTURE": {"on": true}}}}
        """#

    @Test("bypass.inicis_v2 keeps an unknown key and an unknown option; the typed set and validate report them")
    func bypassOptions() throws {
        let request = try JSONDecoder().decode(Inicis.PaymentRequest.self, from: Data(Self.payment.utf8))
        let bypass = try #require(request.bypass?.inicisV2)
        #expect(bypass.unknownFields["P_FUTURE"] == ["on": true])
        #expect(bypass.acceptMethod == ["below1000", "futureoption(1)"])

        let encoded = try Inicis.JSON(parsing: JSONEncoder().encode(request))
        #expect(encoded["bypass"]?["inicis_v2"]?["P_FUTURE"] == ["on": true])
        #expect(encoded["bypass"]?["inicis_v2"]?["acceptmethod"] == ["below1000", "futureoption(1)"])

        #expect(throws: Inicis.Bypass.FieldError.self) { try bypass.pc }
        let issues = request.validate(platform: .pc, now: ExampleClock.now).map(IssueKey.init)
        #expect(issues.contains(IssueKey(path: "bypass.inicis_v2.P_FUTURE", code: "unknown-key", severity: "warning")))
        #expect(issues.contains(IssueKey(path: "bypass.inicis_v2.acceptmethod[1]", code: "grammar-error", severity: "error")))
    }

    @Test("A one-of object with an alternative the library does not know is .unrecognized, kept whole, and reported")
    func unrecognizedOneOf() throws {
        let json = #"{"futureAlternative": {"every": "3 months"}}"#
        let period = try JSONDecoder().decode(Inicis.OfferPeriod.self, from: Data(json.utf8))
        #expect(period == .unrecognized(["futureAlternative": ["every": "3 months"]]))
        #expect(try Inicis.JSON(parsing: JSONEncoder().encode(period)) == Inicis.JSON(parsing: Data(json.utf8)))

        // Two alternatives at once are not one of them: both are kept, and validate says so.
        let both = #"{"interval": "1m", "range": {"from": "2099-01-01T00:00:00Z", "to": "2099-02-01T00:00:00Z"}}"#
        let ambiguous = try JSONDecoder().decode(Inicis.OfferPeriod.self, from: Data(both.utf8))
        guard case .unrecognized(let fields) = ambiguous else {
            Issue.record("two alternatives decoded as \(ambiguous)")
            return
        }
        #expect(fields.members.map(\.key).sorted() == ["interval", "range"])

        var request = try JSONDecoder().decode(Inicis.IssueBillingKeyRequest.self, from: Data(#"{"storeId": "s", "channelKey": "c", "billingKeyMethod": "CARD", "issueId": "i", "issueName": "n"}"#.utf8))
        request.offerPeriod = period
        let issues = request.validate(platform: .mobile, now: ExampleClock.now).map(IssueKey.init)
        #expect(issues.contains(IssueKey(path: "offerPeriod.futureAlternative", code: "unknown-key", severity: "warning")))
        #expect(issues.contains(IssueKey(path: "offerPeriod", code: "one-of", severity: "error")))
    }

    @Test("An unknown enum value is kept as received and reported by validate")
    func unknownEnumValue() throws {
        let json = Self.payment.replacingOccurrences(of: #""payMethod": "CARD""#, with: #""payMethod": "CRYPTO""#)
        let request = try JSONDecoder().decode(Inicis.PaymentRequest.self, from: Data(json.utf8))
        #expect(request.payMethod == Inicis.PaymentPayMethod(rawValue: "CRYPTO"))
        #expect(try Inicis.JSON(parsing: JSONEncoder().encode(request))["payMethod"] == "CRYPTO")
        #expect(request.validate(platform: .pc, now: ExampleClock.now).contains { $0.path.description == "payMethod" && $0.code == .invalidEnumValue })
    }

    @Test("An app can add a key the library does not know yet; it is sent, and validate warns")
    func addedByTheApp() throws {
        var request = Inicis.PaymentRequest(storeID: "store-1", paymentID: "order-1", orderName: "코트", channelKey: "channel-1",
                                     totalAmount: 1000, currency: .krw, payMethod: .card)
        request.unknownFields["promotionCode"] = "WINTER"
        request.unknownFields["promotionCode"] = "SPRING"
        request.unknownFields["temporary"] = 1
        request.unknownFields["temporary"] = nil
        #expect(request.unknownFields.members == [Inicis.JSON.Member("promotionCode", "SPRING")])

        let sent = try Inicis.JSON(parsing: JSONEncoder().encode(request))
        #expect(sent["promotionCode"] == "SPRING")
        #expect(sent["temporary"] == nil)
        #expect(request.validate(platform: .mobile, now: ExampleClock.now).map(IssueKey.init) == [IssueKey(path: "promotionCode", code: "unknown-key", severity: "warning")])
    }
}
