import Foundation
import InicisV2

/// Requests as an app writes them, with the kinds of personal data Korea's PIPA covers.
enum SampleRequests {
    static let privateValues = [
        "홍길동", "010-9876-5432", "gildong.hong@example.co.kr", "서울특별시 강남구 테헤란로 427", "위워크타워 10층", "06159",
        "1988", "4111222233339876", "880214",
    ]

    static let customer = Inicis.Customer(
        fullName: "홍길동",
        phoneNumber: "010-9876-5432",
        email: "gildong.hong@example.co.kr",
        address: Inicis.Address(country: .kr, addressLine1: "서울특별시 강남구 테헤란로 427", addressLine2: "위워크타워 10층"),
        zipcode: "06159",
        birthYear: "1988",
        birthMonth: "02",
        birthDay: "14"
    )

    static let payment = Inicis.PaymentRequest(
        storeID: "store-4ff4af41", paymentID: "order-20240101-0001", orderName: "겨울 코트", channelKey: "channel-key-3b37819a",
        totalAmount: 129_000, currency: .krw, payMethod: .card, customer: customer
    )

    static let instantPayment = Inicis.InstantPaymentInput(
        channelKey: "channel-key-3b37819a",
        method: .card(Inicis.InstantPaymentMethodInputCard(credential: Inicis.CardCredential(
            number: "4111222233339876", expiryYear: "29", expiryMonth: "07", birthOrBusinessRegistrationNumber: "880214"))),
        orderName: "겨울 코트",
        customer: Inicis.CustomerInput(name: .full("홍길동"), email: "gildong.hong@example.co.kr", phoneNumber: "010-9876-5432"),
        amount: Inicis.PaymentAmountInput(total: 129_000),
        currency: .krw
    )
}
