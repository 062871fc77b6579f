import Foundation
import InicisV2
import Testing

/// Exactly-one-of objects are enums: an app builds one alternative, and cannot build none or two.
@Suite("One-of values")
struct OneOfTests {
    static let dueDate = PortOneDateTime(Date(timeIntervalSince1970: 4_070_908_800), secondsFromGMT: 9 * 3600)
    static let virtualAccount = InstantPaymentMethodInputVirtualAccount(
        bank: .shinhan, expiry: .dueDate(dueDate), option: InstantPaymentMethodInputVirtualAccountOption(type: .normal)
    )

    /// Every alternative of every one-of type, each with the one key it sends.
    static let built: [(value: any Codable & Hashable & Sendable, key: String)] = [
        (CustomerNameInput.full("홍길동"), "full"),
        (CustomerNameInput.separated(CustomerSeparatedName(first: "길동", last: "홍")), "separated"),
        (InstallmentMonthOption.fixedMonth(3), "fixedMonth"),
        (InstallmentMonthOption.availableMonthList([2, 3, 6]), "availableMonthList"),
        (InstantPaymentMethodInput.card(InstantPaymentMethodInputCard(credential: CardCredential(number: "4111111111111111", expiryYear: "30", expiryMonth: "01"))), "card"),
        (InstantPaymentMethodInput.virtualAccount(virtualAccount), "virtualAccount"),
        (InstantPaymentMethodInputVirtualAccountExpiry.validHours(24), "validHours"),
        (InstantPaymentMethodInputVirtualAccountExpiry.dueDate(dueDate), "dueDate"),
        (InstantPaymentMethodInputVirtualAccountOptionFixed.pgAccountID("pg-account-1"), "pgAccountId"),
        (InstantPaymentMethodInputVirtualAccountOptionFixed.accountNumber("110-123-456789"), "accountNumber"),
        (OfferPeriod.range(OfferPeriodRange(from: PortOneDateTime(Date(timeIntervalSince1970: 4_070_908_800)), to: "2099-12-31T23:59:59+09:00")), "range"),
        (OfferPeriod.interval("1m"), "interval"),
        (PaymentRequestUnionConvenienceStorePaymentDeadline.validHours(48), "validHours"),
        (PaymentRequestUnionConvenienceStorePaymentDeadline.dueDate(dueDate), "dueDate"),
        (PaymentRequestUnionVirtualAccountAccountExpiry.validHours(24), "validHours"),
        (PaymentRequestUnionVirtualAccountAccountExpiry.dueDate("20991231235959"), "dueDate"),
        (VirtualAccountFixedOption.pgAccountID("pg-account-1"), "pgAccountId"),
        (VirtualAccountFixedOption.accountNumber("110-123-456789"), "accountNumber"),
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
        func describe(_ period: OfferPeriod) -> String {
            switch period {
            case .range(let range): "\(range.from) ~ \(range.to)"
            case .interval(let interval): "every \(interval)"
            case .unrecognized: "unknown"
            }
        }
        #expect(describe(.interval("1m")) == "every 1m")
        #expect(describe(.range(OfferPeriodRange(from: "2099-01-01T00:00:00Z", to: "2099-02-01T00:00:00Z"))) == "2099-01-01T00:00:00Z ~ 2099-02-01T00:00:00Z")
    }
}
