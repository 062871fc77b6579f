import Foundation
import InicisSchema
import InicisV2
import Testing

/// Personal data (names, phone numbers, emails, addresses, zip codes, birth dates, …) and card
/// data never reach a log: no `description`, `debugDescription`, `dump` or validation message
/// shows a value or five characters of it in a row. Encoding to JSON is unchanged.
@Suite("Private data")
struct PrivateDataTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var operationID: String
        var variant: Int
        var testDescription: String { "\(operationID) #\(variant)" }
    }

    static let filled = FilledRequests(schema: SchemaExamples.schema)

    static let cases: [Case] = SchemaExamples.schema.operations.flatMap { operation in
        (0..<filled.variants).map { Case(operationID: operation.id, variant: $0) }
    }

    static func request(_ entry: Case) throws -> FilledRequests.Filled {
        try #require(filled.request(operationID: entry.operationID, variant: entry.variant))
    }

    @Test("A request with every field set prints none of its private values, in any form", arguments: cases)
    func printedForms(_ entry: Case) throws {
        let request = try Self.request(entry)
        #expect(request.markers.isEmpty == !Self.hasPrivateFields(entry.operationID), "the request must hold the private values to test")
        for model in try GeneratedOperations.models(json: JSONText.data(request.json), operation: entry.operationID) {
            for (form, text) in PrintedForms.all(model) {
                for (path, marker) in request.markers {
                    if let leak = PrivateParts.leak(of: marker, in: text) {
                        Issue.record("\(form) of \(type(of: model)) shows \(leak) of \(path): \(text)")
                    }
                }
            }
        }
    }

    @Test("Encoding the same request to JSON keeps every private value as it is", arguments: cases)
    func encodingUnchanged(_ entry: Case) throws {
        let request = try Self.request(entry)
        let encoded = try GeneratedOperations.roundTrip(json: JSONText.data(request.json), operation: entry.operationID)
        let body = try #require(SchemaExamples.schema.operation(entry.operationID)).body
        #expect(try Inicis.JSON(parsing: encoded) == ExpectedWireForm(schema: SchemaExamples.schema).request(request.json, body: body))
        let text = String(decoding: encoded, as: UTF8.self)
        for marker in request.markers.values {
            #expect(text.contains(marker))
        }
    }

    /// The markers break formats (digits only, characters allowed in an email), so rules about
    /// private fields fire here, and their messages must not quote the values.
    @Test("Validating the same request reports nothing of its private values", arguments: cases)
    func validationMessages(_ entry: Case) throws {
        let request = try Self.request(entry)
        let operation = try #require(SchemaExamples.schema.operation(entry.operationID))
        for platform in operation.kind.platforms {
            let issues = try Validation.issues(request.json, operation: entry.operationID, platform: platform)
            for issue in issues {
                for (path, marker) in request.markers {
                    if let leak = PrivateParts.leak(of: marker, in: issue.message + " " + issue.path.description) {
                        Issue.record("\(issue.code) shows \(leak) of \(path): \(issue)")
                    }
                }
            }
        }
    }

    static func hasPrivateFields(_ operationID: String) -> Bool {
        guard let operation = SchemaExamples.schema.operation(operationID) else { return false }
        return OperationFields(operation: operation, schema: SchemaExamples.schema).rows.contains { $0.field.isPersonal || $0.field.isSecret }
    }

    @Test("The requests reach every private field of the schema")
    func coverage() throws {
        var reached: Set<String> = []
        for entry in Self.cases {
            reached.formUnion(try Self.request(entry).markers.keys.map { $0.replacingOccurrences(of: "[0]", with: "") })
        }
        for operation in SchemaExamples.schema.operations {
            for row in OperationFields(operation: operation, schema: SchemaExamples.schema).rows where row.field.isPersonal || row.field.isSecret {
                if case .string = row.field.type {
                    #expect(reached.contains(row.path), "\(operation.id): \(row.path)")
                }
            }
        }
    }

    /// What an app writes, with values of the kinds PIPA covers.
    static let customer = Inicis.Customer(
        customerID: "member-8841",
        fullName: "홍길동",
        phoneNumber: "010-9876-5432",
        email: "gildong.hong@example.co.kr",
        address: Inicis.Address(country: .kr, addressLine1: "서울특별시 강남구 테헤란로 427", addressLine2: "위워크타워 10층"),
        zipcode: "06159",
        birthYear: "1988",
        birthMonth: "02",
        birthDay: "14"
    )

    static let privateValues = ["member-8841", "홍길동", "010-9876-5432", "9876-5432", "gildong.hong@example.co.kr", "gildong", "테헤란로", "위워크타워", "06159", "1988"]

    @Test("A payment an app logs shows the order, not the customer")
    func loggedPayment() {
        let request = Inicis.PaymentRequest(
            storeID: "store-1", paymentID: "order-20240101-0001", orderName: "겨울 코트", channelKey: "channel-key-1",
            totalAmount: 129_000, currency: .krw, payMethod: .card, customer: Self.customer
        )
        for (form, text) in PrintedForms.all(request) {
            for value in Self.privateValues {
                #expect(PrivateParts.leak(of: value, in: text) == nil, "\(form): \(text)")
            }
        }
        // What helps in a log stays: the order, the amount, which keys were sent.
        var dumped = ""
        dump(request, to: &dumped)
        for text in [String(describing: request), String(reflecting: request), dumped] {
            for shown in ["order-20240101-0001", "겨울 코트", "129000", "KRW", "customer", "email", "birthYear"] {
                #expect(text.contains(shown), "lacks \(shown): \(text)")
            }
        }
    }

    @Test("A REST call an app logs shows neither the card nor the customer")
    func loggedRESTCall() throws {
        let call = Inicis.BillingKeyOperation(body: Inicis.IssueBillingKeyBody(
            method: Inicis.InstantBillingKeyPaymentMethodInput(card: Inicis.InstantBillingKeyPaymentMethodInputCard(
                credential: Inicis.CardCredential(number: "4111222233339876", expiryYear: "29", expiryMonth: "07",
                                           birthOrBusinessRegistrationNumber: "880214", passwordTwoDigits: "42")
            )),
            channelKey: "channel-key-1",
            customer: Inicis.CustomerInput(name: .full("홍길동"), email: "gildong.hong@example.co.kr", phoneNumber: "010-9876-5432")
        ))
        for (form, text) in PrintedForms.all(call) + PrintedForms.all(call.body) {
            for value in ["4111222233339876", "41112222", "880214", "홍길동", "gildong.hong@example.co.kr", "010-9876-5432"] {
                #expect(PrivateParts.leak(of: value, in: text) == nil, "\(form): \(text)")
            }
        }
        // The body on the wire is the body the app built.
        let sent = try Inicis.JSON(parsing: call.bodyData())
        #expect(sent["method"]?["card"]?["credential"]?["number"] == "4111222233339876")
        #expect(sent["customer"]?["name"]?["full"] == "홍길동")
    }

    @Test("The leak check can fail: a value, or five characters of it, is found")
    func leakCheckRejects() {
        #expect(PrivateParts.leak(of: "010-9876-5432", in: "phone 010-9876-5432") != nil)
        #expect(PrivateParts.leak(of: "010-9876-5432", in: "phone ***-9876-5432") != nil)
        #expect(PrivateParts.leak(of: "010-9876-5432", in: "phone *********5432") == nil)
        #expect(PrivateParts.leak(of: "홍길동", in: "name 홍길동") == "홍길동")
    }
}
