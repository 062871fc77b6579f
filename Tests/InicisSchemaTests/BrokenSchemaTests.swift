import InicisSchema
import Testing

/// One fixture per kind of mistake (Fixtures/Broken, each marked `<!-- mistake -->` at the line
/// the diagnostic must point at); every diagnostic must be expected, with its message and line.
@Suite("Broken schemas")
struct BrokenSchemaTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var fixture: String
        var diagnostics: [(severity: Severity, message: String, line: Int)]

        init(_ fixture: String, _ diagnostics: (Severity, String, Int)...) {
            self.fixture = fixture
            self.diagnostics = diagnostics.map { (severity: $0.0, message: $0.1, line: $0.2) }
        }

        var testDescription: String { fixture }
    }

    static let cases: [Expected] = [
        // Uniqueness
        Expected("duplicate-type-id", (.error, "duplicate type id 'Customer'; the first is on line 31", 34)),
        Expected("duplicate-contract-id", (.error, "duplicate contract id 'vat-tax-free'; the first is on line 6", 7)),
        Expected("duplicate-field", (.error, "duplicate field 'storeId' in object 'PaymentRequest'; the first is on line 20", 24)),
        Expected("duplicate-enum-value", (.error, "duplicate value 'USD' in enum 'Currency'", 12)),
        Expected("duplicate-case-name", (.error, "Swift case name 'koKr' of value 'ko-kr' in enum 'Locale' is already used by value 'KO_KR' on line 18; set a different swift-name", 19)),
        Expected("alias-conflict", (.error, "value 'CURRENCY_KRW' in enum 'Currency' is also the alias of value 'KRW' (line 10) under alias-prefix 'CURRENCY'", 12)),
        Expected("duplicate-swift-type-name", (.error, "Swift type name 'Customer' of object 'Customer' is already used by enum 'Buyer' on line 17", 32)),
        Expected("duplicate-property-name", (.error, "Swift property name 'storeId' of field 'store_id' in object 'PaymentRequest' is already used by field 'storeId' on line 20", 24)),
        Expected("duplicate-rule-id", (.error, "duplicate rule id 'currency-krw' in object 'PaymentRequest'; the first is on line 25", 29)),
        Expected("duplicate-token-id", (.error, "duplicate token id 'hidebar' in grammar 'pc-acceptmethod'", 38)),
        Expected("duplicate-example-id", (.error, "duplicate example id 'card'; the first is on line 38", 39)),
        // Field types and references
        Expected("unknown-type", (.error, "field 'buyer': unknown type 'Custmer'; did you mean 'Customer'?", 24)),
        Expected("enum-ref-to-object", (.error, "field 'method': 'Customer' is an object, not an enum; use type=\"object\"", 24)),
        Expected("object-ref-to-enum", (.error, "field 'money': 'Currency' is an enum, not an object; use type=\"enum\"", 24)),
        Expected("one-of-needs-shape", (.error, "field 'period': type 'one-of' needs an object with shape=\"one-of\", but 'Customer' is a structure", 24)),
        Expected("array-without-items", (.error, "field 'products' of type 'array' needs an 'items' attribute naming the element type", 24)),
        Expected("ref-on-string", (.error, "field 'memo': ref=\"Customer\" is not allowed with type 'string'", 24)),
        Expected("enum-without-ref", (.error, "field 'locale' of type 'enum' needs a 'ref' attribute naming an enum", 24)),
        Expected("unknown-contract", (.error, "field 'vatAmount': unknown contract 'vat-taxfree'; did you mean 'vat-tax-free'?", 24)),
        Expected("unknown-grammar", (.error, "field 'acceptmethod': unknown grammar 'pc-acceptmethod'", 24)),
        Expected("unknown-body", (.error, "operation 'payment-again': unknown body object 'PaymentRequst'; did you mean 'PaymentRequest'?", 38)),
        Expected("grammar-unknown-enum", (.error, "token 'selcode': value 'code' names unknown enum 'CardCompany'", 37)),
        Expected("table-unknown-operation", (.error, "pay-method table 'sdk-payment': unknown operation 'paymnet'; did you mean 'payment'?", 40)),
        // Rules
        Expected("rule-path-unresolved", (.error, "rule 'customer-name': path 'customer.fulName' does not resolve from object 'PaymentRequest': unknown field 'fulName' in object 'Customer'; did you mean 'fullName'?", 29)),
        Expected("rule-path-through-scalar", (.error, "rule 'store-value': path 'storeId.value' does not resolve from object 'PaymentRequest': 'storeId' has type string, so the path cannot go on to 'value'", 29)),
        Expected("condition-value-not-in-enum", (.error, "rule 'card-customer': condition on 'payMethod': 'CARDD' is not a value of enum 'PayMethod'; did you mean 'CARD'?", 30)),
        Expected("condition-in-without-values", (.error, "rule 'card-customer': condition on 'payMethod': test 'in' needs a space-separated list of values", 30)),
        Expected("condition-equals-without-value", (.error, "rule 'card-customer': condition on 'payMethod': test 'equals' needs a value", 30)),
        Expected("condition-path-unresolved", (.error, "rule 'card-customer': path 'payMetod' does not resolve from object 'PaymentRequest': unknown field 'payMetod' in object 'PaymentRequest'; did you mean 'payMethod'?", 30)),
        Expected("allowed-values-not-in-enum", (.error, "rule 'usd': 'USB' is not a value of enum 'Currency'; did you mean 'USD'?", 29)),
        Expected("format-characters-missing", (.error, "rule 'store-characters': format=\"characters\" needs a 'characters' attribute", 29)),
        Expected("range-min-greater-than-max", (.error, "rule 'quota-range': min 12 is greater than max 2", 30)),
        Expected("future-year-not-string", (.error, "rule 'quota-year': a two-digit year is a string, but 'quota' has type integer", 30)),
        // Platforms
        Expected("conditional-without-rule", (.warning, "field 'email' of object 'Customer' is conditional on pc, but no rule names it", 33)),
        Expected("platform-not-applicable", (.error, "field 'email': attribute 'api' does not apply: object 'Customer' is only used by SDK operations ('payment'), which run on pc, mobile", 33)),
        Expected("rule-platform-not-applicable", (.error, "rule 'store': platform 'api' does not apply to object 'PaymentRequest', which is used on pc, mobile only", 29)),
        Expected("unreached-object", (.warning, "object 'Orphan' is not used by any operation", 34)),
        Expected("object-reached-by-both-kinds", (.error, "object 'Customer' is used by both SDK and REST operations ('payment', 'billing-key')", 31)),
        // Omissions
        Expected("omitted-names-a-field", (.error, "omitted key 'storeId' of object 'PaymentRequest' is a field of the object (line 20)", 24)),
        Expected("omitted-value-is-a-value", (.error, "omitted value 'USD' of enum 'Currency' is a value of the enum (line 11)", 12)),
        Expected("omitted-without-reason", (.error, "omitted key 'customData' of object 'PaymentRequest' needs a reason", 24)),
        Expected("duplicate-omission", (.error, "duplicate omitted key 'customData' in object 'PaymentRequest'; the first is on line 24", 25)),
        // Names, operations, examples
        Expected("invalid-swift-name", (.error, "the Swift name '1m' of value '1m' of enum 'Installment' is not a valid Swift identifier; add a swift-name attribute", 18)),
        Expected(
            "rest-path-parameters",
            (.error, "REST operation 'payment-schedule': path '/payments/{paymentId}/schedule' has '{paymentId}' but no <path-parameter name=\"paymentId\">", 39),
            (.error, "REST operation 'payment-schedule': path-parameter 'paymentID' does not appear in path '/payments/{paymentId}/schedule'; did you mean 'paymentId'?", 40)
        ),
        Expected("sdk-without-function", (.error, "SDK operation 'issue-billing-key' needs a 'function' attribute", 38)),
        Expected("example-invalid-json", (.error, "example 'broken-json': the JSON is not valid", 38)),
        Expected("example-platform", (.error, "example 'api-example': platform 'api' does not fit SDK operation 'payment'; use 'pc' or 'mobile'", 38)),
    ]

    @Test(arguments: cases)
    func reportsTheMistakeAtItsLine(_ expected: Expected) throws {
        let result = try TestFiles.loadFixture("Broken/\(expected.fixture).xml")
        #expect(result.diagnostics.count == expected.diagnostics.count, "\(result.listing)")
        for diagnostic in expected.diagnostics {
            let found = result.diagnostics.contains {
                $0.severity == diagnostic.severity && $0.location.line == diagnostic.line && $0.message.contains(diagnostic.message)
            }
            #expect(found, "expected \(diagnostic.severity) on line \(diagnostic.line): \(diagnostic.message)\ngot:\n\(result.listing)")
        }
        let hasErrors = expected.diagnostics.contains { $0.severity == .error }
        #expect((result.schema == nil) == hasErrors)
        #expect(result.diagnostics.allSatisfy { $0.location.file == "Broken/\(expected.fixture).xml" })
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
        #expect(result.errors.count == 3)
        #expect(result.errors[0].message.contains("unknown type 'Custmer'"))
        #expect(result.errors[1].message.contains("duplicate field 'storeId'"))
        #expect(result.errors[2].message.contains("unknown field 'fulName'"))
    }

    @Test func diagnosticsPrintLikeACompiler() throws {
        let result = try TestFiles.loadFixture("Broken/unknown-type.xml")
        #expect(result.diagnostics.first?.description == "Broken/unknown-type.xml:24: error: field 'buyer': unknown type 'Custmer'; did you mean 'Customer'?")
    }
}
