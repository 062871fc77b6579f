import InicisSchema
import Testing

@Suite("Swift identifiers")
struct SwiftIdentifierTests {
    @Test(arguments: [
        ("KO_KR", "koKr"), ("EASY_PAY", "easyPay"), ("percard", "percard"), ("KRW", "krw"),
        ("VIRTUAL_ACCOUNT", "virtualAccount"), ("ko-kr", "koKr"), ("AR_001", "ar001"), ("1m", "1m"),
    ])
    func caseNames(_ wire: String, _ expected: String) {
        #expect(SwiftIdentifier.caseName(fromWireValue: wire) == expected)
    }

    @Test(arguments: [
        ("P_CARD_OPTION", "pCardOption"), ("logo_url", "logoUrl"), ("storeId", "storeId"),
        ("Ini_SSGPAY_MDN", "iniSSGPAYMDN"), ("inicis_v2", "inicisV2"), ("StoreId", "storeId"),
    ])
    func propertyNames(_ wire: String, _ expected: String) {
        #expect(SwiftIdentifier.propertyName(fromWireName: wire) == expected)
    }

    @Test func validity() {
        for name in ["koKr", "_private", "a1", "Customer", "default"] {
            #expect(SwiftIdentifier.isValid(name), "\(name)")
        }
        for name in ["", "1m", "ko-kr", "a b", "가격", "a.b"] {
            #expect(!SwiftIdentifier.isValid(name), "\(name)")
        }
    }

    @Test func keywordsAreEscaped() {
        #expect(SwiftIdentifier.escaped("default") == "`default`")
        #expect(SwiftIdentifier.escaped("Type") == "`Type`")
        #expect(SwiftIdentifier.escaped("koKr") == "koKr")
    }
}
