import Foundation
import InicisV2

/// Request bodies written the way an app would write them, with the generated initializers.
enum SwiftBuiltBodies {
    static func all() throws -> [(any Inicis.RESTOperation.Type, Data)] {
        let encoder = JSONEncoder()
        let billingKey = Inicis.IssueBillingKeyBody(
            method: Inicis.InstantBillingKeyPaymentMethodInput(card: Inicis.InstantBillingKeyPaymentMethodInputCard(
                credential: Inicis.CardCredential(number: "4000000000000000", expiryYear: "30", expiryMonth: "01")
            )),
            channelKey: "channel-key-test",
            customer: Inicis.CustomerInput(
                name: .full("홍길동"),
                email: "test@test.com",
                phoneNumber: "010-1234-0000"
            )
        )
        let receipt = Inicis.RegisterStoreReceiptBody(items: [
            Inicis.RegisterStoreReceiptBodyItem(
                storeBusinessRegistrationNumber: "1234567890", storeName: "하위 상점",
                totalAmount: 11000, taxFreeAmount: 0, vatAmount: 1000, supplyAmount: 10000, currency: .krw
            ),
        ])
        return [
            (Inicis.BillingKeyOperation.self, try encoder.encode(billingKey)),
            (Inicis.StoreReceiptOperation.self, try encoder.encode(receipt)),
        ]
    }
}
