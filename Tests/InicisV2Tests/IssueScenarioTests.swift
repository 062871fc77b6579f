import Foundation
import InicisSchema
import InicisV2
import Testing

/// The mistakes the issue names, one by one: each edit of a clean request gives the issue at
/// its path with its severity, and nothing else of that code.
@Suite("Mistakes an app developer makes")
struct IssueScenarioTests {
    struct Scenario: CustomTestStringConvertible, Sendable {
        var name: String
        var operationID: String
        var platform: InicisSchema.Platform
        /// Changes to the operation's clean example on the platform: a value, or nil to remove.
        var edits: [(path: [JSONStep], value: Inicis.JSON?)]
        var expected: IssueKey

        var testDescription: String { name }

        init(_ name: String, _ operationID: String, _ platform: InicisSchema.Platform, _ edits: [(String, Inicis.JSON?)], _ path: String, _ code: String, _ severity: String) {
            self.name = name
            self.operationID = operationID
            self.platform = platform
            self.edits = edits.map { (Self.steps($0.0), $0.1) }
            self.expected = IssueKey(path: path, code: code, severity: severity)
        }

        /// `a.b[1].c` as steps.
        static func steps(_ path: String) -> [JSONStep] {
            path.split(separator: ".").flatMap { part -> [JSONStep] in
                var steps: [JSONStep] = []
                var name = Substring(part)
                var indices: [Int] = []
                while let open = name.lastIndex(of: "["), let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) {
                    indices.insert(index, at: 0)
                    name = name[..<open]
                }
                steps.append(.key(String(name)))
                steps += indices.map(JSONStep.index)
                return steps
            }
        }
    }

    static let acceptMethod = "bypass.inicis_v2.acceptmethod"

    static let scenarios: [Scenario] = [
        // Errors: missing on the platform
        Scenario("PC payment without customer.email", "payment", .pc, [("customer.email", nil)], "customer.email", "missing-required", "error"),
        Scenario("PC payment with neither fullName nor firstName + lastName", "payment", .pc, [("customer.fullName", nil), ("customer.firstName", .string("길동"))], "customer", "customer-name", "error"),
        Scenario("Mobile billing key without offerPeriod", "issue-billing-key", .mobile, [("offerPeriod", nil)], "offerPeriod", "missing-required", "error"),
        Scenario("Store receipt item without vatAmount", "store-receipt", .api, [("items[0].vatAmount", nil)], "items[0].vatAmount", "missing-required", "error"),
        // Errors: values Inicis does not support
        Scenario("USD without CARD", "payment", .pc, [("currency", .string("USD")), ("payMethod", .string("TRANSFER"))], "currency", "currency-usd-card-only", "error"),
        Scenario("ZH_CN on mobile", "payment", .mobile, [("locale", .string("ZH_CN"))], "locale", "locale-mobile", "error"),
        Scenario("TOSS_BANK in a direct card call", "payment", .pc, [("card.cardCompany", .string("TOSS_BANK"))], "card.cardCompany", "card-company-direct-call", "error"),
        Scenario("An easy-pay provider Inicis does not offer", "payment", .pc, [("payMethod", .string("EASY_PAY")), ("easyPay.easyPayProvider", .string("KAKAOPAY_MONEY"))], "easyPay.easyPayProvider", "invalid-enum-value", "error"),
        // Errors: formats
        Scenario("Non-ASCII paymentId", "payment", .mobile, [("paymentId", .string("주문-0001"))], "paymentId", "payment-id-ascii", "error"),
        Scenario("Non-ASCII issueId", "issue-billing-key", .pc, [("issueId", .string("발급-0001"))], "issueId", "issue-id-ascii", "error"),
        Scenario("Ini_SSGPAY_MDN with dashes", "payment", .pc, [("bypass.inicis_v2.Ini_SSGPAY_MDN", .string("010-1234-5678"))], "bypass.inicis_v2.Ini_SSGPAY_MDN", "ssgpay-mdn-digits", "error"),
        Scenario("parentemail with other special characters", "payment", .pc, [("bypass.inicis_v2.parentemail", .string("kid+parent@example.com"))], "bypass.inicis_v2.parentemail", "parentemail-characters", "error"),
        Scenario("A malformed RFC 3339 offset", "payment-schedule", .api, [("timeToPay", .string("2099-11-12T00:00:00+09+00"))], "timeToPay", "invalid-format", "error"),
        Scenario("A date-time with a space and no offset", "payment-schedule", .api, [("timeToPay", .string("2023-01-01 00:00:00"))], "timeToPay", "invalid-format", "error"),
        Scenario("February 30th", "escrow-logistics", .api, [("logistics.sentAt", .string("2024-02-30T10:00:00+09:00"))], "logistics.sentAt", "invalid-format", "error"),
        Scenario("Card expiry month 00", "billing-key", .api, [("method.card.credential.expiryMonth", .string("00"))], "method.card.credential.expiryMonth", "card-expiry-month", "error"),
        Scenario("An expired card year", "billing-key", .api, [("method.card.credential.expiryYear", .string("20"))], "method.card.credential.expiryYear", "card-expiry-year-not-passed", "error"),
        Scenario("A colour that is not #RRGGBB", "payment", .pc, [(acceptMethod, .array([.string("SKIN(#C127)")]))], acceptMethod + "[0]", "grammar-error", "error"),
        // Errors: dates
        Scenario("A range in the wrong order", "issue-billing-key", .pc, [("offerPeriod.range", .object([Inicis.JSON.Member("from", .string("2099-12-31T00:00:00Z")), Inicis.JSON.Member("to", .string("2099-01-01T00:00:00Z"))]))], "offerPeriod.range.to", "offer-period-range-order", "error"),
        Scenario("A due date in the past", "instant-payment", .api, [("method.virtualAccount.expiry.dueDate", .string("2025-12-31T23:59:59+09:00"))], "method.virtualAccount.expiry.dueDate", "instant-va-due-date-future", "error"),
        // Errors: rules
        Scenario("availableMonthList with a direct card call", "payment", .pc, [("card.cardCompany", .string("BC_CARD")), ("card.installment.monthOption.availableMonthList", .array([.integer(3)]))], "card.installment.monthOption.availableMonthList", "direct-call-fixed-month-only", "error"),
        // The clean instant payment is a card payment: a virtual account beside its card is the second alternative.
        Scenario("Both card and virtualAccount", "instant-payment", .api, [("method.virtualAccount", .object([Inicis.JSON.Member("bank", .string("SHINHAN")), Inicis.JSON.Member("expiry", .object([Inicis.JSON.Member("validHours", .integer(24))])), Inicis.JSON.Member("option", .object([Inicis.JSON.Member("type", .string("NORMAL"))]))]))], "method", "one-of", "error"),
        // Errors: malformed input
        Scenario("An integer given as a string", "payment", .pc, [("totalAmount", .string("1000"))], "totalAmount", "wrong-type", "error"),
        Scenario("An object given as a string", "billing-key", .api, [("method.card.credential", .string("1111111111111111"))], "method.card.credential", "wrong-type", "error"),
        Scenario("A bypass option that breaks its grammar", "payment", .mobile, [("bypass.inicis_v2.P_RESERVED", .array([.string("below1000=Y"), .string("below1000=N")]))], "bypass.inicis_v2.P_RESERVED[1]", "grammar-error", "error"),
        // requestIssueBillingKeyAndPay (the current page's phone billing key with its first payment)
        Scenario("Mobile billing key and pay without a customer name", "issue-billing-key-and-pay", .mobile, [("customer.fullName", nil), ("customer.firstName", nil), ("customer.lastName", nil)], "", "billing-key-and-pay-customer-name", "error"),
        Scenario("Mobile billing key and pay without customer.phoneNumber", "issue-billing-key-and-pay", .mobile, [("customer.phoneNumber", nil)], "customer.phoneNumber", "billing-key-and-pay-customer-phone", "error"),
        Scenario("Mobile billing key and pay without customer.email", "issue-billing-key-and-pay", .mobile, [("customer.email", nil)], "customer.email", "billing-key-and-pay-customer-email", "error"),
        Scenario("Mobile billing key and pay without offerPeriod", "issue-billing-key-and-pay", .mobile, [("offerPeriod", nil)], "offerPeriod", "missing-required", "error"),
        Scenario("Billing key and pay without productType", "issue-billing-key-and-pay", .pc, [("productType", nil)], "productType", "missing-required", "error"),
        Scenario("The page's billingKeyAndPayMethod PHONE", "issue-billing-key-and-pay", .pc, [("billingKeyAndPayMethod", .string("PHONE"))], "billingKeyAndPayMethod", "billing-key-and-pay-method-mobile", "error"),
        Scenario("USD in a billing key and pay", "issue-billing-key-and-pay", .mobile, [("currency", .string("USD"))], "currency", "billing-key-and-pay-currency-krw", "error"),
        Scenario("Non-ASCII paymentId in a billing key and pay", "issue-billing-key-and-pay", .pc, [("paymentId", .string("결제-0001"))], "paymentId", "billing-key-and-pay-payment-id-ascii", "error"),
        Scenario("A 6m interval in a billing key and pay", "issue-billing-key-and-pay", .mobile, [("offerPeriod.interval", .string("6m"))], "offerPeriod.interval", "billing-key-and-pay-offer-period-interval", "error"),
        Scenario("locale in a billing key and pay", "issue-billing-key-and-pay", .pc, [("locale", .string("EN_US"))], "locale", "ignored-parameter", "warning"),
        Scenario("mobile.carrier in a billing key and pay", "issue-billing-key-and-pay", .mobile, [("mobile.carrier", .string("SKT"))], "mobile.carrier", "ignored-parameter", "warning"),
        // Warnings
        Scenario("A parameter Inicis ignores", "payment", .pc, [("card.useInstallment", .bool(true))], "card.useInstallment", "ignored-parameter", "warning"),
        Scenario("A PC bypass key on mobile", "payment", .mobile, [("bypass.inicis_v2.logo_url", .string("https://example.com/logo.png"))], "bypass.inicis_v2.logo_url", "unsupported-on-platform", "warning"),
        Scenario("The carriers list on PC", "payment", .pc, [("mobile.avaliableCarriers", .array([.string("SKT")]))], "mobile.avaliableCarriers", "unsupported-on-platform", "warning"),
        Scenario("carduse on PC", "issue-billing-key", .pc, [("bypass.inicis_v2.carduse", .string("percard"))], "bypass.inicis_v2.carduse", "unsupported-on-platform", "warning"),
        Scenario("locale on a mobile billing key", "issue-billing-key", .mobile, [("locale", .string("KO_KR"))], "locale", "unsupported-on-platform", "warning"),
        Scenario("vatAmount without the contract", "payment", .pc, [("vatAmount", .integer(100))], "vatAmount", "contract-required", "warning"),
        Scenario("amount.taxFree without the contract", "billing-key-payment", .api, [("amount.taxFree", .integer(100))], "amount.taxFree", "contract-required", "warning"),
        Scenario("slimquota without the contract", "payment", .pc, [(acceptMethod, .array([.string("slimquota(11-2:3^34-2:3)")]))], acceptMethod + "[0]", "contract-required", "warning"),
        Scenario("mallpoint without the contract", "payment", .pc, [(acceptMethod, .array([.string("below1000"), .string("mallpoint(11:34)")]))], acceptMethod + "[1]", "contract-required", "warning"),
        Scenario("ocb without the contract", "payment", .pc, [(acceptMethod, .array([.string("ocb")]))], acceptMethod + "[0]", "contract-required", "warning"),
        Scenario("useCardPoint without the contract", "payment", .pc, [("card.useCardPoint", .bool(true))], "card.useCardPoint", "contract-required", "warning"),
        Scenario("freeInstallmentPlans without the contract", "payment", .mobile, [("card.installment.freeInstallmentPlans", .array([.object([Inicis.JSON.Member("cardCompany", .string("BC_CARD")), Inicis.JSON.Member("months", .array([.integer(3)]))])]))], "card.installment.freeInstallmentPlans", "contract-required", "warning"),
        Scenario("A direct easy-pay call without the contract", "payment", .mobile, [("payMethod", .string("EASY_PAY")), ("easyPay.easyPayProvider", .string("NAVERPAY"))], "easyPay.easyPayProvider", "contract-required", "warning"),
        Scenario("The guide's P_NMANE", "payment", .mobile, [("bypass.inicis_v2.P_NMANE", .string("포트원"))], "bypass.inicis_v2.P_NMANE", "unknown-key", "warning"),
    ]

    @Test("Each mistake is reported at its path", arguments: scenarios)
    func reported(_ scenario: Scenario) throws {
        let example = try #require(RequestBuilder.cleanExample(scenario.operationID, scenario.platform))
        var request = try Inicis.JSON(parsing: Data(example.json.utf8))
        for edit in scenario.edits {
            request = edit.value.map { request.setting($0, at: edit.path) } ?? request.removing(at: edit.path)
        }
        let issues = try Validation.issues(request, operation: scenario.operationID, platform: scenario.platform)
        let keys = issues.map(IssueKey.init)
        #expect(keys.contains(scenario.expected), "\(issues)")
        #expect(keys.filter { $0.code == scenario.expected.code && $0.path == scenario.expected.path }.count == 1)
    }

    @Test("Declaring the contract silences its warning")
    func declaredContract() throws {
        let example = try #require(RequestBuilder.cleanExample("payment", .pc))
        let request = try Inicis.JSON(parsing: Data(example.json.utf8))
            .setting(.integer(100), at: [.key("vatAmount")])
            .setting(.array([.string("ocb"), .string("slimquota(11-2:3)")]), at: Scenario.steps(Self.acceptMethod))
        let declared: Set<Inicis.Contract> = [.vatTaxFree, .okCashbag, .partialFreeInterest]
        #expect(try Validation.issues(request, operation: "payment", platform: .pc, contracts: declared) == [])
        #expect(try Validation.issues(request, operation: "payment", platform: .pc).count == 3)
    }

    @Test("An unknown key suggests the nearest known one")
    func suggestion() throws {
        let issues = try Validation.issues(#"{"bypass": {"inicis_v2": {"P_NMANE": "포트원"}}}"#, operation: "payment", platform: .mobile)
        let unknown = try #require(issues.first { $0.code == "unknown-key" })
        #expect(unknown.message.contains("\"P_MNAME\""))
        let enumIssue = try #require(try Validation.issues(#"{"easyPay": {"easyPayProvider": "SAUMSUNGPAY"}}"#, operation: "payment", platform: .pc).first { $0.code == "invalid-enum-value" })
        #expect(enumIssue.message.contains("\"SAMSUNGPAY\""))
    }

    @Test("A grammar error says where in the option it is")
    func grammarPosition() throws {
        let issues = try Validation.issues(#"{"bypass": {"inicis_v2": {"acceptmethod": ["SKIN(C1272C)"]}}}"#, operation: "payment", platform: .pc)
        let error = try #require(issues.first { $0.code == "grammar-error" })
        #expect(error.message.contains("번째 문자"))
        #expect(error.message.contains("\"SKIN(C1272C)\""))
    }

    /// Models keep what they do not know (unknown keys, unknown enum values, removed
    /// parameters), so every example that decodes validates the same as a model.
    @Test("A request model validates like its JSON", arguments: SchemaExamples.decodable)
    func typedEqualsRaw(_ entry: SchemaExamples.Entry) throws {
        let json = Data(entry.example.json.utf8)
        let platform = Inicis.Platform(entry.example.platform)
        let fromJSON = try GeneratedOperations.validate(json: json, operation: entry.operationID, platform: platform, contracts: [], now: ExampleClock.now)
        let fromModel = try GeneratedOperations.validateModel(json: json, operation: entry.operationID, platform: platform, contracts: [], now: ExampleClock.now)
        #expect(fromModel == fromJSON)
    }

    /// REST operations are validated for the API only (their `validate` takes no platform), so
    /// the one way left to name a wrong platform is an SDK call validated for the API.
    @Test("Validating on a platform the operation is not sent from is one error")
    func platformMismatch() throws {
        for operation in GeneratedOperations.sdk {
            let issues = try operation.validate(json: Data("{}".utf8), platform: .api, contracts: [], now: ExampleClock.now)
            #expect(issues.map(\.code) == [.platformMismatch], "\(operation.id)")
        }
    }
}
