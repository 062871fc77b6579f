import Foundation
import InicisSchema
import Testing

/// One fixture per kind of mistake (Fixtures/Broken, each marked `<!-- mistake -->` at the line
/// the diagnostic must point at); every diagnostic must be expected, with its message and line.
@Suite("Broken schemas")
struct BrokenSchemaTests {
    /// A diagnostic's message: all of it, or where the end is the system's wording (JSON parse
    /// errors come from Foundation), its beginning.
    enum Message: Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
        case exact(String)
        case prefix(String)

        init(stringLiteral value: String) {
            self = .exact(value)
        }

        func matches(_ message: String) -> Bool {
            switch self {
            case .exact(let text): message == text
            case .prefix(let text): message.hasPrefix(text) && message.count > text.count
            }
        }

        var description: String {
            switch self {
            case .exact(let text): text
            case .prefix(let text): text + "…"
            }
        }
    }

    struct Expected: Sendable, CustomTestStringConvertible {
        var fixture: String
        var diagnostics: [(severity: Severity, message: Message, line: Int)]

        init(_ fixture: String, _ diagnostics: (Severity, Message, Int)...) {
            self.fixture = fixture
            self.diagnostics = diagnostics.map { (severity: $0.0, message: $0.1, line: $0.2) }
        }

        var testDescription: String { fixture }
    }

    static let cases: [Expected] = [
        Expected("alias-conflict", (.error, "value 'CURRENCY_KRW' in enum 'Currency' is also the alias of value 'KRW' (line 10) under alias-prefix 'CURRENCY'; decoding 'CURRENCY_KRW' would be ambiguous", 12)),
        Expected("allowed-values-not-in-enum", (.error, "rule 'usd': 'USB' is not a value of enum 'Currency'; did you mean 'USD'?", 29)),
        Expected("array-without-items", (.error, "field 'products' of type 'array' needs an 'items' attribute naming the element type", 24)),
        Expected("condition-equals-without-value", (.error, "rule 'card-customer': condition on 'payMethod': test 'equals' needs a value", 30)),
        Expected("condition-in-without-values", (.error, "rule 'card-customer': condition on 'payMethod': test 'in' needs a space-separated list of values in 'value'", 30)),
        Expected("condition-path-unresolved", (.error, "rule 'card-customer': path 'payMetod' does not resolve from object 'PaymentRequest': unknown field 'payMetod' in object 'PaymentRequest'; did you mean 'payMethod'?", 30)),
        Expected("condition-value-not-in-enum", (.error, "rule 'card-customer': condition on 'payMethod': 'CARDD' is not a value of enum 'PayMethod'; did you mean 'CARD'?", 30)),
        Expected("conditional-without-rule", (.warning, "field 'email' of object 'Customer' is conditional on pc, but no rule names it; add a rule (required-group, require, …) that says when it is required", 33)),
        Expected(
            "contract-swift-names-coincide",
            (.error, "contract 'x1' would become the Swift property Inicis.Contract.x1, as contract 'x-1' on line 7 does; choose another id", 8),
            (.error, "contract 'all-known' would become the Swift property Inicis.Contract.allKnown, which the generated library already declares; choose another id", 9)
        ),
        Expected("duplicate-case-name", (.error, "Swift case name 'koKR' of value 'ko_KR' in enum 'Locale' is already used by value 'KO_KR' on line 18; set a different swift-name", 19)),
        Expected("duplicate-contract-id", (.error, "duplicate contract id 'vat-tax-free'; the first is on line 6", 7)),
        Expected("duplicate-enum-value", (.error, "duplicate value 'USD' in enum 'Currency'; the first is on line 11", 12)),
        Expected("duplicate-example-id", (.error, "duplicate example id 'card'; the first is on line 38", 39)),
        Expected("duplicate-field", (.error, "duplicate field 'storeId' in object 'PaymentRequest'; the first is on line 20", 24)),
        Expected("duplicate-path-parameter-name", (.error, "Swift parameter name 'paymentID' of path-parameter 'payment_id' in operation 'schedule' is already used by path-parameter 'paymentId' on line 42; set a different swift-name", 43)),
        Expected("path-parameter-named-body", (.error, "REST operation 'schedule': path-parameter 'body' would become the Swift property 'body', which the operation's value already has; give it another swift-name", 43)),
        Expected("duplicate-property-name", (.error, "Swift property name 'storeID' of field 'store_id' in object 'PaymentRequest' is already used by field 'storeId' on line 20; set a different swift-name", 24)),
        Expected("duplicate-rule-id", (.error, "duplicate rule id 'currency-krw' in object 'PaymentRequest'; the first is on line 25", 29)),
        Expected("duplicate-swift-type-name", (.error, "Swift type name 'Customer' of object 'Customer' is already used by enum 'Buyer' on line 17; set a different swift-name", 32)),
        Expected("duplicate-token-id", (.error, "duplicate token id 'hidebar' in grammar 'pc-acceptmethod'; the first is on line 37", 38)),
        Expected("duplicate-type-id", (.error, "duplicate type id 'Customer'; the first is on line 31", 34)),
        Expected("enum-ref-to-object", (.error, "field 'method': 'Customer' is an object, not an enum; use type=\"object\"", 24)),
        Expected("enum-without-ref", (.error, "field 'locale' of type 'enum' needs a 'ref' attribute naming an enum", 24)),
        Expected("example-invalid-json", (.error, .prefix("example 'broken-json': the JSON is not valid: "), 38)),
        Expected("example-platform", (.error, "example 'api-example': platform 'api' does not fit SDK operation 'payment'; use 'pc' or 'mobile'", 38)),
        Expected("format-characters-missing", (.error, "rule 'store-characters': format=\"characters\" needs a 'characters' attribute listing the allowed characters (e.g. characters=\"A-Za-z0-9\")", 29)),
        Expected("future-year-not-string", (.error, "rule 'quota-year': a two-digit year is a string, but 'quota' has type integer", 30)),
        Expected("grammar-example-breaks-syntax", (.error, "token 'skin' of grammar 'acceptmethod': example 'SKIN(red)' does not follow the token's syntax", 42)),
        Expected("grammar-unknown-enum", (.error, "token 'selcode': value 'code' names unknown enum 'CardCompany'", 37)),
        Expected("invalid-swift-name", (.error, "the swift-name '_' of value '1m' of enum 'Installment' is not a valid Swift identifier; use letters, digits and '_', not starting with a digit", 18)),
        Expected(
            "object-contains-itself",
            (.error, "field 'referrer' of object 'Customer' closes a cycle of objects held by value: Customer.referrer -> Customer; a Swift type cannot contain itself, so make one of these fields an array or break the cycle", 33),
            (.error, "field 'owner' of object 'Address' closes a cycle of objects held by value: Customer.address -> Address.owner -> Customer; a Swift type cannot contain itself, so make one of these fields an array or break the cycle", 39)
        ),
        Expected("keyword-type-swift-name", (.error, "the swift-name 'is' of enum 'PayMethod' is a Swift keyword, which cannot name a type; choose another", 13)),
        Expected("object-reached-by-both-kinds", (.error, "object 'Customer' is used by both SDK and REST operations ('payment', 'billing-key'); requiredness differs per platform, so give each kind its own object", 31)),
        Expected(
            "note-topic-unknown",
            (.error, "duplicate note topic id 'card'; the first is on line 7", 8),
            (.error, "operation 'payment': unknown note topic 'cards'; declare it under <note-topics>; did you mean 'card'?", 25)
        ),
        Expected("object-ref-to-enum", (.error, "field 'money': 'Currency' is an enum, not an object; use type=\"enum\"", 24)),
        Expected("operation-id-names-a-page", (.error, "operation id 'bypass' would name its page 'bypass.md', which is a page the generator writes for the whole schema; choose another id", 36)),
        Expected("operation-id-names-a-subpage", (.error, "operation id 'payment-fields' would name its page 'payment-fields.md', which is where operation 'payment' puts its fields when its page is too long; choose another id", 38)),
        Expected(
            "operation-swift-type-taken",
            (.error, "operation 'payment-again' would become Swift type 'RequestPaymentOperation' (from its function 'request_payment'), which operation 'payment' on line 36 already is; rename the function", 38),
            (.error, "operation 'sdk' would become Swift type 'SDKOperation' (from its function 'SDK'), which Swift, Foundation or the generated library already has; rename the function", 40)
        ),
        Expected("one-of-needs-shape", (.error, "field 'period': type 'one-of' needs an object with shape=\"one-of\", but 'Customer' is a structure; use type=\"object\" or set shape=\"one-of\" on 'Customer'", 24)),
        Expected("platform-not-applicable", (.error, "field 'email': attribute 'api' does not apply: object 'Customer' is only used by SDK operations ('payment'), which run on pc, mobile; remove the attribute", 33)),
        Expected("range-min-greater-than-max", (.error, "rule 'quota-range': min 12 is greater than max 2", 30)),
        Expected("ref-on-string", (.error, "field 'memo': ref=\"Customer\" is not allowed with type 'string'; only enum, object and one-of types name another type", 24)),
        Expected("reserved-swift-name", (.error, "the swift-name 'description' of field 'memo' of object 'PaymentRequest' is reserved: the generated code declares it or cannot use it as a property or case name; choose another", 24)),
        Expected("omitted-names-a-field", (.error, "omitted key 'storeId' of object 'PaymentRequest' is a field of the object (line 20); <omitted> names a key that PortOne defines and the object leaves out", 24)),
        Expected("omitted-value-is-a-value", (.error, "omitted value 'USD' of enum 'Currency' is a value of the enum (line 11); <omitted> names a value that PortOne defines and the enum leaves out", 12)),
        Expected("omitted-without-reason", (.error, "omitted key 'customData' of object 'PaymentRequest' needs a reason: say why the schema leaves it out", 24)),
        Expected("duplicate-omission", (.error, "duplicate omitted key 'customData' in object 'PaymentRequest'; the first is on line 24", 25)),
        Expected(
            "rest-path-parameters",
            (.error, "REST operation 'payment-schedule': path '/payments/{paymentId}/schedule' has '{paymentId}' but no <path-parameter name=\"paymentId\">", 39),
            (.error, "REST operation 'payment-schedule': path-parameter 'paymentID' does not appear in path '/payments/{paymentId}/schedule'; did you mean 'paymentId'?", 40)
        ),
        Expected("repeat-without-value", (.error, "repeat 'stars' holds no value: a repetition of fixed text carries nothing to read or write; put a <value> in it, or write the text as a <literal>", 40)),
        Expected("rule-id-shared-in-request", (.error, "rule id 'currency-krw' of operation 'payment' is also the id of a rule of object 'PaymentRequest' (line 25), and both apply to the request of operation 'payment'; a rule id is the code of the issues it raises, so the rules of one request need distinct ids", 38)),
        Expected("rule-path-through-scalar", (.error, "rule 'store-value': path 'storeId.value' does not resolve from object 'PaymentRequest': 'storeId' has type string, so the path cannot go on to 'value'", 29)),
        Expected("rule-path-unresolved", (.error, "rule 'customer-name': path 'customer.fulName' does not resolve from object 'PaymentRequest': unknown field 'fulName' in object 'Customer'; did you mean 'fullName'?", 29)),
        Expected("rule-platform-not-applicable", (.error, "rule 'store': platform 'api' does not apply to object 'PaymentRequest', which is used on pc, mobile only", 29)),
        Expected("sdk-without-function", (.error, "SDK operation 'issue-billing-key' needs a 'function' attribute (the SDK function, e.g. function=\"requestPayment\")", 38)),
        Expected("table-unknown-operation", (.error, "pay-method table 'sdk-payment': unknown operation 'paymnet'; did you mean 'payment'?", 40)),
        Expected("unknown-body", (.error, "operation 'payment-again': unknown body object 'PaymentRequst'; did you mean 'PaymentRequest'?", 38)),
        Expected("unknown-contract", (.error, "field 'vatAmount': unknown contract 'vat-taxfree'; did you mean 'vat-tax-free'?", 24)),
        Expected("unknown-grammar", (.error, "field 'acceptmethod': unknown grammar 'pc-acceptmethod'", 24)),
        Expected("unknown-type", (.error, "field 'buyer': unknown type 'Custmer'; did you mean 'Customer'?", 24)),
        Expected("unreached-object", (.warning, "object 'Orphan' is not used by any operation", 34)),
    ]

    /// Every diagnostic, in order, with its severity, line and whole message; nothing more.
    @Test(arguments: cases)
    func reportsTheMistakeAtItsLine(_ expected: Expected) throws {
        let result = try TestFiles.loadFixture("Broken/\(expected.fixture).xml")
        #expect(result.diagnostics.count == expected.diagnostics.count, "\(result.listing)")
        for (diagnostic, wanted) in zip(result.diagnostics, expected.diagnostics) {
            #expect(diagnostic.severity == wanted.severity && diagnostic.location.line == wanted.line && wanted.message.matches(diagnostic.message),
                    "expected \(wanted.severity) on line \(wanted.line): \(wanted.message)\ngot: \(diagnostic)")
        }
        let hasErrors = expected.diagnostics.contains { $0.severity == .error }
        #expect((result.schema == nil) == hasErrors)
        #expect(result.diagnostics.allSatisfy { $0.location.file == "Broken/\(expected.fixture).xml" })
    }

    @Test func everyFixtureHasItsCase() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestFiles.testsDirectory.appendingPathComponent("Fixtures/Broken").path)
        let covered = Set(Self.cases.map(\.fixture) + ["valid-base", "three-errors", "xsd-violation-and-model-error", "xsd-violations"])
        #expect(Set(names.map { String($0.dropLast(".xml".count)) }) == covered)
    }

    @Test func theBaseOfTheFixturesIsClean() throws {
        let result = try TestFiles.loadFixture("Broken/valid-base.xml")
        #expect(result.diagnostics.isEmpty, "\(result.listing)")
        #expect(result.schema?.objects.map(\.id) == ["PaymentRequest", "Customer"])
    }

    @Test func allErrorsAreReportedInOneRun() throws {
        let result = try TestFiles.loadFixture("Broken/three-errors.xml")
        #expect(result.schema == nil)
        #expect(result.errors.map(\.location.line) == [24, 25, 31], "\(result.listing)")
        #expect(result.errors.map(\.message) == [
            "field 'buyer': unknown type 'Custmer'; did you mean 'Customer'?",
            "duplicate field 'storeId' in object 'PaymentRequest'; the first is on line 20",
            "rule 'customer-name': path 'customer.fulName' does not resolve from object 'PaymentRequest': unknown field 'fulName' in object 'Customer'; did you mean 'fullName'?",
        ])
    }

    @Test func diagnosticsPrintLikeACompiler() throws {
        let result = try TestFiles.loadFixture("Broken/unknown-type.xml")
        #expect(result.diagnostics.first?.description == "Broken/unknown-type.xml:24: error: field 'buyer': unknown type 'Custmer'; did you mean 'Customer'?")
    }
}
