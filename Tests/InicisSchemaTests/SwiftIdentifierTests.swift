@testable import InicisSchema
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

    /// The byte-wise fast path names every ASCII value as the general one does.
    @Test func asciiCaseNamesMatchTheGeneralForm() {
        let alphabet = Array("aZkQ09_-")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60) + 1
            var wire = ""
            for position in 0..<length {
                wire.append(alphabet[Int((state >> UInt64(position * 3)) & 7)])
            }
            #expect(SwiftIdentifier.asciiCaseName(fromWireValue: wire) == SwiftIdentifier.caseNameByCharacters(fromWireValue: wire), "\(wire)")
        }
        #expect(SwiftIdentifier.asciiCaseName(fromWireValue: "한글") == nil)
    }

    /// The byte-wise fast path names every ASCII key as the general one does.
    @Test func asciiPropertyNamesMatchTheGeneralForm() {
        let alphabet = Array("aZkQ0_-\r")
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60)
            var wire = ""
            for position in 0..<length {
                wire.append(alphabet[Int((state >> UInt64(position * 3)) & 7)])
            }
            #expect(SwiftIdentifier.asciiPropertyName(fromWireName: wire) == SwiftIdentifier.propertyNameByCharacters(fromWireName: wire), "\(wire)")
        }
        #expect(SwiftIdentifier.asciiPropertyName(fromWireName: "가격") == nil)
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
