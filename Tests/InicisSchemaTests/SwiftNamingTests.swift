import InicisSchema
import Testing

@Suite("Swift naming")
struct SwiftNamingTests {
    @Test("Property names follow the API Design Guidelines", arguments: [
        ("storeId", "storeID"), ("promotionId", "promotionID"), ("redirectUrl", "redirectURL"), ("noticeUrls", "noticeURLs"),
        ("P_CARD_OPTION", "pCardOption"), ("logo_url", "logoURL"), ("logo_2nd", "logo2nd"), ("inicis_v2", "inicisV2"),
        ("StoreId", "storeID"), ("Ini_SSGPAY_MDN", "iniSSGPAYMDN"), ("URLPath", "urlPath"), ("userIDs", "userIDs"),
        ("id", "id"), ("addressLine1", "addressLine1"), ("vatAmount", "vatAmount"),
    ])
    func propertyNames(_ wire: String, _ expected: String) {
        #expect(SwiftNaming.propertyName(wireName: wire) == expected)
    }

    @Test("Any JSON key gets a name the generated code can declare", arguments: [
        ("self", "self_"), ("Self", "self_"), ("init", "init_"), ("Type", "type"), ("Protocol", "protocol"),
        ("default", "default"), ("description", "description_"), ("schemaObjectID", "schemaObjectID_"),
        ("unknownFields", "unknownFields_"), ("hash", "hash_"), ("validate", "validate_"), ("customMirror", "customMirror_"),
        ("card-number", "cardNumber"), ("first name", "firstName"), ("2nd", "_2nd"),
        ("가격", "가격"), ("상품 이름", "상품이름"), ("Größe", "größe"), ("$", "u24"), ("$%", "u24_25"), ("", "empty"),
        ("a.b", "aB"), ("😀", "u1F600"), (" spaced ", "spaced"),
    ])
    func anyKey(_ wire: String, _ expected: String) {
        #expect(SwiftNaming.propertyName(wireName: wire) == expected)
    }

    @Test("Case names from UPPER_SNAKE and kebab values", arguments: [
        ("KO_KR", "koKR"), ("ZH_TW", "zhTW"), ("AR_001", "ar001"), ("SHINHAN_BANK", "shinhanBank"), ("APPLEPAY", "applepay"),
        ("GOOGLE_PAY", "googlePay"), ("ALIPAY_HK", "alipayHK"), ("EASY_PAY", "easyPay"), ("KRW", "krw"), ("SK7", "sk7"),
        ("K_BANK", "kBank"), ("NH_CARD", "nhCard"), ("percard", "percard"), ("global-visa3d", "globalVisa3d"),
        ("apprun-check", "apprunCheck"), ("1m", "_1m"), ("UNRECOGNIZED", "unrecognized_"), ("IN", "in"), ("RAW_VALUE", "rawValue_"),
    ])
    func caseNames(_ wire: String, _ expected: String) {
        #expect(SwiftNaming.caseName(wireValue: wire) == expected)
    }

    @Test("Type names are UpperCamelCase", arguments: [
        ("Customer", "Customer"), ("InicisV2Bypass", "InicisV2Bypass"), ("p-card-option", "PCardOption"),
        ("acceptmethod", "Acceptmethod"), ("cardCode", "CardCode"), ("card_code", "CardCode"), ("IdToken", "IDToken"),
        ("String", "String_"), ("Locale", "Locale_"), ("JSON", "JSON_"), ("Type", "Type_"), ("9Lives", "_9Lives"),
    ])
    func typeNames(_ id: String, _ expected: String) {
        #expect(SwiftNaming.typeName(id: id) == expected)
    }

    @Test func derivedNamesAreNeverReservedOrEmpty() {
        for name in SwiftNaming.reservedMemberNames {
            let derived = SwiftNaming.propertyName(wireName: name)
            #expect(!SwiftNaming.reservedMemberNames.contains(derived) && !derived.isEmpty, "\(name) -> \(derived)")
        }
        for name in SwiftNaming.reservedTypeNames {
            let derived = SwiftNaming.typeName(id: name)
            #expect(!SwiftNaming.reservedTypeNames.contains(derived) && !derived.isEmpty, "\(name) -> \(derived)")
        }
    }

    @Test func validity() {
        for name in ["koKr", "_private", "a1", "Customer", "default"] {
            #expect(SwiftIdentifier.isValid(name), "\(name)")
        }
        for name in ["", "_", "1m", "ko-kr", "a b", "가격", "a.b"] {
            #expect(!SwiftIdentifier.isValid(name), "\(name)")
        }
    }

    @Test func keywordsAreEscaped() {
        #expect(SwiftIdentifier.escaped("default") == "`default`")
        #expect(SwiftIdentifier.escaped("Type") == "`Type`")
        #expect(SwiftIdentifier.escaped("koKR") == "koKR")
    }
}
