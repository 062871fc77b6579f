import Foundation
import InicisSchema
import InicisV2
import Testing

/// A key given twice in one object (`"totalAmount":1000, … "totalAmount":1`) is an error at its
/// path: the validator and PortOne's parser might read different values, which is how checks
/// get bypassed.
@Suite("Duplicate keys")
struct DuplicateKeyTests {
    static let payment = #"{"storeId": "store-1", "channelKey": "channel-1", "paymentId": "order-1", "orderName": "코트", "currency": "KRW", "payMethod": "CARD", "totalAmount": 1000"#

    static func issues(_ json: String, platform: Inicis.Platform = .mobile) throws -> [IssueKey] {
        try Inicis.RequestPaymentOperation.validate(json: Data(json.utf8), platform: platform, contracts: [], now: ExampleClock.now).map(IssueKey.init)
    }

    @Test("At the top level, whichever value comes second")
    func topLevel() throws {
        #expect(try Self.issues(Self.payment + #", "totalAmount": 1}"#) == [IssueKey(path: "totalAmount", code: "duplicate-key", severity: "error")])
        #expect(try Self.issues(Self.payment + #", "totalAmount": 1000}"#) == [IssueKey(path: "totalAmount", code: "duplicate-key", severity: "error")])
        #expect(try Self.issues(Self.payment + "}") == [])
    }

    @Test("Nested in objects and in array elements, each at its own path")
    func nested() throws {
        let json = Self.payment + #"""
            , "customer": {"email": "a@example.com", "fullName": "홍길동", "email": "b@example.com"},
              "products": [{"id": "p1", "name": "코트", "amount": 1000, "quantity": 1},
                           {"id": "p2", "name": "모자", "name": "장갑", "amount": 1000, "quantity": 1}],
              "bypass": {"inicis_v2": {"P_RESERVED": ["below1000=Y"], "P_RESERVED": ["noeasypay=Y"]}}}
            """#
        let duplicates = try Self.issues(json).filter { $0.code == "duplicate-key" }
        #expect(duplicates == [
            IssueKey(path: "bypass.inicis_v2.P_RESERVED", code: "duplicate-key", severity: "error"),
            IssueKey(path: "customer.email", code: "duplicate-key", severity: "error"),
            IssueKey(path: "products[1].name", code: "duplicate-key", severity: "error"),
        ])
    }

    @Test("An unknown key twice: warned once as unknown, and an error as a duplicate")
    func unknownKeyTwice() throws {
        let issues = try Self.issues(Self.payment + #", "futureKey": 1, "futureKey": 2}"#)
        #expect(issues.sorted() == [
            IssueKey(path: "futureKey", code: "duplicate-key", severity: "error"),
            IssueKey(path: "futureKey", code: "unknown-key", severity: "warning"),
        ])
    }

    @Test("REST bodies too, through validate(json:)")
    func restBody() throws {
        let json = #"{"items": [{"storeBusinessRegistrationNumber": "1234567890", "storeName": "상점", "totalAmount": 11000, "taxFreeAmount": 0, "vatAmount": 1000, "supplyAmount": 10000, "currency": "KRW", "totalAmount": 1}]}"#
        let issues = try Inicis.StoreReceiptOperation.validate(json: Data(json.utf8), contracts: [], now: ExampleClock.now)
        #expect(issues.map(IssueKey.init) == [IssueKey(path: "items[0].totalAmount", code: "duplicate-key", severity: "error")])
    }

    @Test("Inicis.JSON keeps both values and names the duplicates' paths")
    func parsedValue() throws {
        let value = try Inicis.JSON(parsing: Data(#"{"a": 1, "b": [{"c": 1, "c": 2}], "a": 2}"#.utf8))
        #expect(value == .object([
            Inicis.JSON.Member("a", 1),
            Inicis.JSON.Member("b", [.object([Inicis.JSON.Member("c", 1), Inicis.JSON.Member("c", 2)])]),
            Inicis.JSON.Member("a", 2),
        ]))
        #expect(value.duplicateKeyPaths.map(\.description) == ["b[0].c", "a"])
        #expect(value["a"] == 1)
    }

    /// Every present field of every clean example, given twice: the error is at exactly that
    /// field, with no other duplicate reported.
    @Test("Any field of any request, given twice, is an error at its path", arguments: ValidationPropertyTests.clean)
    func everyField(_ entry: SchemaExamples.Entry) throws {
        let request = try Inicis.JSON(parsing: Data(entry.example.json.utf8))
        let body = try #require(SchemaExamples.schema.operation(entry.operationID)).body
        let present = RequestFields(schema: SchemaExamples.schema).present(in: request, body: body)
        #expect(!present.isEmpty)
        for field in present {
            let doubled = try #require(request.duplicating(at: field.steps))
            let issues = try Validation.issues(doubled, operation: entry.operationID, platform: entry.example.platform)
            let duplicates = issues.filter { $0.code == .duplicateKey }.map(\.path.description)
            #expect(duplicates == [JSONStep.text(field.steps)], "\(issues)")
        }
    }
}

extension Inicis.JSON {
    /// The value with the member at `steps` given a second time, right after the first.
    func duplicating(at steps: [JSONStep]) -> Inicis.JSON? {
        guard let first = steps.first else { return nil }
        let rest = Array(steps.dropFirst())
        switch (first, self) {
        case (.key(let key), .object(var members)):
            guard let index = members.firstIndex(where: { $0.key == key }) else { return nil }
            if rest.isEmpty {
                members.insert(members[index], at: index + 1)
            } else {
                guard let nested = members[index].value.duplicating(at: rest) else { return nil }
                members[index].value = nested
            }
            return .object(members)
        case (.index(let index), .array(var elements)) where elements.indices.contains(index):
            guard let nested = elements[index].duplicating(at: rest) else { return nil }
            elements[index] = nested
            return .array(elements)
        default:
            return nil
        }
    }
}
