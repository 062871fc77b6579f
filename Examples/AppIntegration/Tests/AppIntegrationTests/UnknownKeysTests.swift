import Foundation
import InicisV2
import Testing

/// A request from a newer PortOne SDK, with keys and values this library does not know yet:
/// the app's round trip (decode, change one thing, encode) keeps them all.
@Suite("Unknown keys")
struct UnknownKeysTests {
    static let newerRequest = #"""
        {"storeId": "store-1", "channelKey": "channel-1", "paymentId": "order-1", "orderName": "코트", "totalAmount": 1000,
         "currency": "KRW", "payMethod": "CARD", "loyaltyProgram": {"id": "gold", "points": [100, 200]},
         "customer": {"fullName": "홍길동", "phoneNumber": "010-9876-5432", "email": "a@example.com", "nickname": "길동이"},
         "card": {"cardCompany": "FUTURE_CARD"},
         "bypass": {"inicis_v2": {"acceptmethod": ["below1000"], "P_NEW_OPTION": "Y"}}}
        """#

    static func dictionary(_ data: Data) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    @Test("Decoding and encoding keeps every key and value, at every level")
    func roundTrip() throws {
        let original = Data(Self.newerRequest.utf8)
        var request = try JSONDecoder().decode(Inicis.PaymentRequest.self, from: original)
        #expect(request.unknownFields["loyaltyProgram"]?["id"] == "gold")
        #expect(request.customer?.unknownFields["nickname"] == "길동이")
        #expect(request.bypass?.inicisV2?.unknownFields["P_NEW_OPTION"] == "Y")
        #expect(request.card?.cardCompany?.rawValue == "FUTURE_CARD")

        request.totalAmount = 2000
        let expected = try Self.dictionary(original).mutableCopy() as! NSMutableDictionary
        expected["totalAmount"] = 2000
        #expect(try Self.dictionary(JSONEncoder().encode(request)) == expected)
    }

    @Test("validate still warns about each unknown key and value")
    func warned() throws {
        let request = try JSONDecoder().decode(Inicis.PaymentRequest.self, from: Data(Self.newerRequest.utf8))
        let issues = request.validate(platform: .pc)
        let unknownKeys = issues.filter { $0.code == .unknownKey }.map(\.path.description).sorted()
        #expect(unknownKeys == ["bypass.inicis_v2.P_NEW_OPTION", "customer.nickname", "loyaltyProgram"])
        #expect(issues.contains { $0.code == .invalidEnumValue && $0.path.description == "card.cardCompany" })
    }
}
