import Foundation
import InicisV2
import Testing

/// Exactly-one-of objects are enums: an app builds one alternative, and cannot build none or two.
@Suite("One-of values")
struct OneOfTests {
    static let dueDate = Inicis.DateTime(Date(timeIntervalSince1970: 4_070_908_800), secondsFromGMT: 9 * 3600)
    static let virtualAccount = Inicis.InstantPaymentMethodInputVirtualAccount(
        bank: .shinhan, expiry: .dueDate(dueDate), option: Inicis.InstantPaymentMethodInputVirtualAccountOption(type: .normal)
    )

    /// Every alternative of every one-of type, each with the one key it sends.
    static let built: [(value: any Codable & Hashable & Sendable, key: String)] = [
        (Inicis.CustomerNameInput.full("홍길동"), "full"),
        (Inicis.CustomerNameInput.separated(Inicis.CustomerSeparatedName(first: "길동", last: "홍")), "separated"),
        (Inicis.InstallmentMonthOption.fixedMonth(3), "fixedMonth"),
        (Inicis.InstallmentMonthOption.availableMonthList([2, 3, 6]), "availableMonthList"),
        (Inicis.InstantPaymentMethodInput.card(Inicis.InstantPaymentMethodInputCard(credential: Inicis.CardCredential(number: "4111111111111111", expiryYear: "30", expiryMonth: "01"))), "card"),
        (Inicis.InstantPaymentMethodInput.virtualAccount(virtualAccount), "virtualAccount"),
        (Inicis.InstantPaymentMethodInputVirtualAccountExpiry.validHours(24), "validHours"),
        (Inicis.InstantPaymentMethodInputVirtualAccountExpiry.dueDate(dueDate), "dueDate"),
        (Inicis.InstantPaymentMethodInputVirtualAccountOptionFixed.pgAccountID("pg-account-1"), "pgAccountId"),
        (Inicis.InstantPaymentMethodInputVirtualAccountOptionFixed.accountNumber("110-123-456789"), "accountNumber"),
        (Inicis.OfferPeriod.range(Inicis.OfferPeriodRange(from: Inicis.DateTime(Date(timeIntervalSince1970: 4_070_908_800)), to: "2099-12-31T23:59:59+09:00")), "range"),
        (Inicis.OfferPeriod.interval("1m"), "interval"),
        (Inicis.PaymentRequestUnionConvenienceStorePaymentDeadline.validHours(48), "validHours"),
        (Inicis.PaymentRequestUnionConvenienceStorePaymentDeadline.dueDate(dueDate), "dueDate"),
        (Inicis.PaymentRequestUnionVirtualAccountAccountExpiry.validHours(24), "validHours"),
        (Inicis.PaymentRequestUnionVirtualAccountAccountExpiry.dueDate("20991231235959"), "dueDate"),
        (Inicis.VirtualAccountFixedOption.pgAccountID("pg-account-1"), "pgAccountId"),
        (Inicis.VirtualAccountFixedOption.accountNumber("110-123-456789"), "accountNumber"),
    ]

    @Test("Each alternative is sent as an object with its one key, and reads back as itself")
    func everyAlternative() throws {
        for (value, key) in Self.built {
            let data = try JSONEncoder().encode(value)
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(Array(object.keys) == [key], "\(type(of: value))")
            #expect(try Self.decodesBack(value, data), "\(type(of: value)).\(key)")
        }
    }

    private static func decodesBack<Value: Codable & Equatable>(_ value: Value, _ data: Data) throws -> Bool {
        try JSONDecoder().decode(Value.self, from: data) == value
    }

    @Test("An app switches over a one-of like over any enum")
    func switching() {
        func describe(_ period: Inicis.OfferPeriod) -> String {
            switch period {
            case .range(let range): "\(range.from) ~ \(range.to)"
            case .interval(let interval): "every \(interval)"
            case .unrecognized: "unknown"
            }
        }
        #expect(describe(.interval("1m")) == "every 1m")
        #expect(describe(.range(Inicis.OfferPeriodRange(from: "2099-01-01T00:00:00Z", to: "2099-02-01T00:00:00Z"))) == "2099-01-01T00:00:00Z ~ 2099-02-01T00:00:00Z")
    }
}
