import Foundation
import ShopRequests
import Testing

@Test("The build-tool plugin generated typed models from the consumer's own schema")
func generatedModelsWork() throws {
    let payment = Inicis.ShopPayment(orderID: "order-1", amount: 1000, currency: .krw, buyer: Inicis.Buyer(fullName: "포트원"), period: .days(30))
    let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(payment)) as? NSDictionary
    #expect(json?["currency"] as? String == "KRW")
    #expect((json?["buyer"] as? NSDictionary)?["full_name"] as? String == "포트원")
    #expect((json?["period"] as? NSDictionary)?["days"] as? Int == 30)

    let decoded = try JSONDecoder().decode(Inicis.ShopPayment.self, from: Data(#"{"orderId":"o","amount":1,"currency":"CURRENCY_USD","buyer":{}}"#.utf8))
    #expect(decoded.currency == .usd)
    #expect(Inicis.RequestPaymentOperation.id == "shop-payment")
    #expect(decoded.summary == "o: 1 USD")
}
