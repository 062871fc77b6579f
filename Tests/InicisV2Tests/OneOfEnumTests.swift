import Foundation
import InicisSchema
import InicisV2
import Testing

/// Every exactly-one-of object is a Swift enum with a case per alternative, so an invalid
/// combination does not compile (`Inicis.CustomerNameInput()` is no longer a value), plus
/// `.unrecognized` for what the library does not know.
@Suite("One-of objects are enums")
struct OneOfEnumTests {
    struct Alternative: CustomTestStringConvertible, Sendable {
        var typeName: String
        var wireKey: String
        /// The value's JSON, and whether decoding that JSON gives the value back.
        var encoded: @Sendable () throws -> Data
        var decodesBack: @Sendable (Data) throws -> Bool
        var testDescription: String { "\(typeName).\(wireKey)" }
    }

    static func alternative<Value: Codable & Hashable & Sendable>(_ value: Value, _ wireKey: String) -> Alternative {
        Alternative(
            typeName: String(describing: Value.self),
            wireKey: wireKey,
            encoded: { try JSONEncoder().encode(value) },
            decodesBack: { try JSONDecoder().decode(Value.self, from: $0) == value }
        )
    }

    static let card = Inicis.InstantPaymentMethodInputCard(credential: Inicis.CardCredential(number: "4111111111111111", expiryYear: "30", expiryMonth: "01"))
    static let virtualAccount = Inicis.InstantPaymentMethodInputVirtualAccount(
        bank: .shinhan, expiry: .validHours(24), option: Inicis.InstantPaymentMethodInputVirtualAccountOption(type: .normal)
    )
    static let dueDate = Inicis.DateTime(Date(timeIntervalSince1970: 4_070_908_800), secondsFromGMT: 9 * 3600)

    /// Every case an app can build, written as an app writes it.
    static let all: [Alternative] = [
        alternative(Inicis.CustomerNameInput.full("홍길동"), "full"),
        alternative(Inicis.CustomerNameInput.separated(Inicis.CustomerSeparatedName(first: "길동", last: "홍")), "separated"),
        alternative(Inicis.InstallmentMonthOption.fixedMonth(3), "fixedMonth"),
        alternative(Inicis.InstallmentMonthOption.availableMonthList([2, 3, 6]), "availableMonthList"),
        alternative(Inicis.InstantPaymentMethodInput.card(card), "card"),
        alternative(Inicis.InstantPaymentMethodInput.virtualAccount(virtualAccount), "virtualAccount"),
        alternative(Inicis.InstantPaymentMethodInputVirtualAccountExpiry.validHours(24), "validHours"),
        alternative(Inicis.InstantPaymentMethodInputVirtualAccountExpiry.dueDate(dueDate), "dueDate"),
        alternative(Inicis.InstantPaymentMethodInputVirtualAccountOptionFixed.pgAccountID("pg-account-1"), "pgAccountId"),
        alternative(Inicis.InstantPaymentMethodInputVirtualAccountOptionFixed.accountNumber("110-123-456789"), "accountNumber"),
        alternative(Inicis.OfferPeriod.range(Inicis.OfferPeriodRange(from: "2099-01-01T00:00:00+09:00", to: "2099-12-31T23:59:59+09:00")), "range"),
        alternative(Inicis.OfferPeriod.interval("1m"), "interval"),
        alternative(Inicis.PaymentRequestUnionConvenienceStorePaymentDeadline.validHours(48), "validHours"),
        alternative(Inicis.PaymentRequestUnionConvenienceStorePaymentDeadline.dueDate(dueDate), "dueDate"),
        alternative(Inicis.PaymentRequestUnionVirtualAccountAccountExpiry.validHours(24), "validHours"),
        alternative(Inicis.PaymentRequestUnionVirtualAccountAccountExpiry.dueDate("20991231235959"), "dueDate"),
        alternative(Inicis.VirtualAccountFixedOption.pgAccountID("pg-account-1"), "pgAccountId"),
        alternative(Inicis.VirtualAccountFixedOption.accountNumber("110-123-456789"), "accountNumber"),
    ]

    static var schemaOneOfs: [ObjectType] {
        SchemaExamples.schema.objects.filter { $0.shape == .oneOf }
    }

    @Test("The cases built here are exactly the schema's one-of alternatives")
    func everyAlternative() {
        let built = Set(Self.all.map { "\($0.typeName).\($0.wireKey)" })
        let declared = Set(Self.schemaOneOfs.flatMap { object in object.fields.map { "\(object.swiftName).\($0.wireName)" } })
        #expect(built == declared)
    }

    @Test("Each case encodes as an object with its one key, and decodes back to itself", arguments: all)
    func encodesOneKey(_ alternative: Alternative) throws {
        let data = try alternative.encoded()
        let json = try Inicis.JSON(parsing: data)
        guard case .object(let members) = json else {
            Issue.record("\(alternative.testDescription) encodes as \(json)")
            return
        }
        #expect(members.map(\.key) == [alternative.wireKey])
        #expect(try alternative.decodesBack(data))
    }

    @Test("The generated source of every one-of object declares an enum with a case per alternative and .unrecognized", arguments: schemaOneOfs.map(\.swiftName))
    func generatedAsEnum(_ swiftName: String) throws {
        let url = SchemaExamples.packageRoot.appendingPathComponent("Generated/Swift/Models/\(swiftName).swift")
        let source = try String(contentsOf: url, encoding: .utf8)
        #expect(source.contains("public enum \(swiftName):"))
        #expect(!source.contains("public struct \(swiftName)"))
        #expect(source.contains("case unrecognized(Inicis.UnknownFields)"))
        let object = try #require(Self.schemaOneOfs.first { $0.swiftName == swiftName })
        // Case declarations, not the `case` lines of the switches in the Codable extension.
        let cases = source.split(separator: "\n").filter { $0.hasPrefix("        case ") && !$0.contains("?:") && !$0.contains("(let ") }
        #expect(cases.count == object.fields.count + 1, "\(cases)")
    }

    /// Exhaustive switches without `default`: they compile only while these types are enums
    /// with exactly these cases, so a change of shape fails the build of the tests.
    @Test("Switching over a one-of names every alternative")
    func exhaustiveSwitches() {
        func key(_ name: Inicis.CustomerNameInput) -> String? {
            switch name {
            case .full: "full"
            case .separated: "separated"
            case .unrecognized: nil
            }
        }
        func key(_ method: Inicis.InstantPaymentMethodInput) -> String? {
            switch method {
            case .card: "card"
            case .virtualAccount: "virtualAccount"
            case .unrecognized: nil
            }
        }
        func key(_ period: Inicis.OfferPeriod) -> String? {
            switch period {
            case .range: "range"
            case .interval: "interval"
            case .unrecognized: nil
            }
        }
        #expect(key(Inicis.CustomerNameInput.full("홍길동")) == "full")
        #expect(key(Inicis.InstantPaymentMethodInput.virtualAccount(Self.virtualAccount)) == "virtualAccount")
        #expect(key(Inicis.OfferPeriod.interval("1m")) == "interval")
        #expect(key(Inicis.OfferPeriod.unrecognized([:])) == nil)
    }

    @Test("A request built with one-of enums validates clean")
    func builtRequestValidates() {
        let body = Inicis.InstantPaymentInput(
            channelKey: "channel-key-1",
            method: .virtualAccount(Self.virtualAccount),
            orderName: "겨울 코트",
            customer: Inicis.CustomerInput(name: .separated(Inicis.CustomerSeparatedName(first: "길동", last: "홍")), email: "gildong@example.com", phoneNumber: "01098765432"),
            amount: Inicis.PaymentAmountInput(total: 129_000),
            currency: .krw
        )
        #expect(Inicis.InstantPaymentOperation(paymentID: "order-1", body: body).validate(contracts: [.apiKeyinPayment], now: ExampleClock.now) == [])
    }
}
