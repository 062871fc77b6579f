import Foundation
import InicisSchema
import InicisV2
import Testing

/// Card numbers, birth dates, password digits and identity numbers never reach a message, a
/// path, a description or a dump. (Personal data, names to addresses: `PrivateDataTests`.)
@Suite("Secrets")
struct SecretRedactionTests {
    static let credential = Inicis.CardCredential(
        number: "4111111111119876", expiryYear: "29", expiryMonth: "07",
        birthOrBusinessRegistrationNumber: "880214", passwordTwoDigits: "42")
    static let secrets = ["4111111111119876", "9876", "880214", "42", "29", "07"]

    /// What the models print instead of a credential.
    static let hidden = "<카드·인증 정보>"

    static func printed(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), dumped, "\(value)"]
    }

    @Test("A credential prints redacted, alone and inside the request that holds it")
    func credentialDescriptions() {
        let card = Inicis.InstantPaymentMethodInputCard(credential: Self.credential, installmentMonth: 3)
        let method = Inicis.InstantPaymentMethodInput.card(card)
        for value in [Self.credential, card, method, Optional(card) as Any] as [Any] {
            for text in Self.printed(value) {
                for secret in Self.secrets {
                    #expect(!text.contains(secret), "\(secret) leaked: \(text)")
                }
                #expect(text.contains(Self.hidden))
            }
        }
        // The wire keys stay, so that a log still says what was sent; an absent key is not shown.
        #expect(String(describing: Self.credential).hasPrefix(#"CardCredential {"number":"\#(Self.hidden)","expiryYear":"\#(Self.hidden)""#))
        #expect(!String(describing: Inicis.CardCredential(number: "1", expiryYear: "2", expiryMonth: "3")).contains("passwordTwoDigits"))
    }

    @Test("Identity numbers and birth dates print redacted; other fields print as usual")
    func otherSecrets() {
        let receipt = Inicis.CashReceiptInput(type: .personal, customerIdentityNumber: "900101-1234567")
        let customer = Inicis.Customer(birthYear: "1988", birthMonth: "02", birthDay: "14")
        for text in Self.printed(receipt) + Self.printed(customer) {
            for secret in ["900101", "1234567", "1988", "14"] {
                #expect(!text.contains(secret), "\(secret) leaked: \(text)")
            }
        }
        #expect(String(describing: receipt).contains(Inicis.CashReceiptInputType.personal.rawValue))
    }

    @Test("Every secret field of the schema is redacted in its model's description")
    func everySecretFieldIsKnown() {
        let secretObjects = Set(SchemaExamples.schema.objects.filter { $0.fields.contains(where: \.isSecret) }.map(\.swiftName))
        #expect(secretObjects.isSuperset(of: ["CardCredential", "CashReceiptInput", "InstantPaymentMethodInputVirtualAccountCashReceiptInfo", "Customer", "CustomerInput"]))
    }

    @Test("No issue of any example carries a secret value from its request", arguments: SchemaExamples.all)
    func examplesKeepSecrets(_ entry: SchemaExamples.Entry) throws {
        let request = try Inicis.JSON(parsing: Data(entry.example.json.utf8))
        let body = try #require(SchemaExamples.schema.operation(entry.operationID)).body
        let fields = RequestFields(schema: SchemaExamples.schema)
        let secretValues = fields.present(in: request, body: body).filter(\.field.isSecret).compactMap { present -> String? in
            guard case .string(let text)? = request.value(at: present.steps), text.count >= 2 else { return nil }
            return text
        }
        let issues = try Validation.issues(request, operation: entry.operationID, platform: entry.example.platform)
        for issue in issues {
            for secret in secretValues {
                #expect(!issue.message.contains(secret) && !issue.path.description.contains(secret), "\(issue)")
            }
        }
    }

    @Test("Broken secrets are reported without their values")
    func brokenSecrets() throws {
        let json = """
            {"channelKey": "c", "customer": {"name": {"full": "홍길동"}, "phoneNumber": "010", "email": "a@b.c", "birthYear": ["1988"]},
             "method": {"card": {"credential": {"number": "4111-1111-1111-9876", "expiryYear": "1x", "expiryMonth": "13",
                                                "birthOrBusinessRegistrationNumber": "88O214", "passwordTwoDigits": "4 2"}}}}
            """
        let issues = try Validation.issues(json, operation: "billing-key", platform: .api)
        #expect(Set(issues.map(\.code)).isSuperset(of: ["card-number-digits", "card-expiry-year", "card-expiry-month", "card-password-two-digits", "card-birth-or-brn-digits", "wrong-type"]))
        for issue in issues {
            for secret in ["4111", "9876", "1x", "88O214", "4 2", "1988"] {
                #expect(!issue.message.contains(secret), "\(issue)")
            }
        }
    }
}
