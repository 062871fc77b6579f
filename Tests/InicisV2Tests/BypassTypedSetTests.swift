import Foundation
import InicisV2
import Testing

/// The typed PC and mobile parameter sets become the request's `bypass.inicis_v2` object with
/// exactly the wire keys, and read back from it.
@Suite("Typed bypass parameter sets")
struct BypassTypedSetTests {
    @Test("The guide's bypass object, built from typed sets, encodes with the guide's keys and strings")
    func encodesGuideObject() throws {
        let bypass = Inicis.PaymentBypass(inicisV2: Inicis.InicisV2Bypass(
            pc: .init(
                logoURL: "https://portone.io/assets/portone.87061e94.avif",
                iniSSGPayMDN: "01012341234",
                acceptMethod: [.skin("#C1272C"), .below1000, .okCashbag]
            ),
            mobile: .init(pCardOption: .selectedCard("14"), pMerchantName: "포트원", pReserved: [.below1000, .noEasyPay])
        ))
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(bypass)) as? NSDictionary
        let expected: NSDictionary = ["inicis_v2": [
            "logo_url": "https://portone.io/assets/portone.87061e94.avif",
            "Ini_SSGPAY_MDN": "01012341234",
            "acceptmethod": ["SKIN(#C1272C)", "below1000", "ocb"],
            "P_CARD_OPTION": "selcode=14",
            "P_MNAME": "포트원",
            "P_RESERVED": ["below1000=Y", "noeasypay=Y"],
        ]]
        #expect(json == expected)
    }

    @Test("Billing-key carduse is a mobile option of its own object")
    func billingKeyCardUse() throws {
        let bypass = Inicis.IssueBillingKeyBypass(inicisV2: Inicis.InicisV2IssueBillingKeyBypass(mobile: .init(cardUse: .corporateCard)))
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(bypass)) as? NSDictionary
        #expect(json == ["inicis_v2": ["carduse": "cocard"]] as NSDictionary)
        #expect(try bypass.inicisV2?.mobile.cardUse == .corporateCard)
    }

    @Test("Reading a set names the key and element of the first option that does not parse")
    func fieldErrors() {
        let bypass = Inicis.InicisV2Bypass(acceptMethod: ["hidebar", "SKIN(C1272C)"], pCardOption: "selcode=1")
        #expect(throws: Inicis.Bypass.FieldError(key: "acceptmethod", index: 1, syntaxError: .init(offset: 5, message: "#RRGGBB 형식의 색상이 필요합니다"))) {
            try bypass.pc
        }
        #expect(throws: Inicis.Bypass.FieldError(key: "P_CARD_OPTION", syntaxError: .init(offset: 9, message: "카드코드: 숫자 2자리가 필요합니다"))) {
            try bypass.mobile
        }
        let error = Inicis.Bypass.FieldError(key: "acceptmethod", index: 1, syntaxError: .init(offset: 5, message: "…"))
        #expect(error.description == "acceptmethod[1]: 6번째 문자: …")
    }

    @Test("PC and mobile sets are separate types, and unset sets leave their keys out")
    func platformsStayApart() throws {
        let pcOnly = Inicis.InicisV2Bypass(pc: .init(acceptMethod: [.noEasyPay]))
        #expect(pcOnly.pReserved == nil && pcOnly.pCardOption == nil)
        #expect(try pcOnly.mobile == Inicis.InicisV2Bypass.Mobile())
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(pcOnly)) as? NSDictionary
        #expect(json == ["acceptmethod": ["noeasypay"]] as NSDictionary)
    }

    @Test("A decoding error of an option says where in the string it failed")
    func decodingErrors() {
        let json = Data(#"["SKIN(#C1272)"]"#.utf8)
        do {
            _ = try JSONDecoder().decode([Inicis.AcceptMethod].self, from: json)
            Issue.record("decoding should fail")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription == "12번째 문자: #RRGGBB 형식의 색상이 필요합니다: 16진수 6자리 중 5자리만 있습니다")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
