@testable import InicisCodegen
import InicisSchema
import Testing

@Suite("Swift models")
struct SwiftModelsTests {
    let output = GeneratedOutput()

    @Test func structHasCodingKeysWhenAWireNameDiffers() {
        let source = output["Swift/Models/PaymentRequest.swift"]
        #expect(source.contains("""
                private enum CodingKeys: String, CodingKey {
                    case storeID = "storeId"
                    case pCardOption = "P_CARD_OPTION"
            """))
        #expect(source.contains("        case `default`\n    }\n}\n"))
    }

    @Test func structWithoutRenamesHasNoCodingKeys() {
        #expect(!output["Swift/Models/Customer.swift"].contains("CodingKeys"))
    }

    @Test func propertiesAreOptionalUnlessRequiredEverywhere() {
        let source = output["Swift/Models/PaymentRequest.swift"]
        #expect(source.contains("    public var storeID: String\n"))
        #expect(source.contains("    public var currency: Currency\n"))
        // Required on PC only: optional in the model.
        #expect(source.contains("    public var customer: Customer?\n"))
        #expect(source.contains("    public var items: [Item]?\n"))
        #expect(source.contains("    public var `default`: Bool?\n"))
    }

    @Test func memberwiseInitDefaultsOptionalsToNil() {
        #expect(output["Swift/Models/PaymentRequest.swift"].contains("""
                public init(
                    storeID: String,
                    pCardOption: String? = nil,
                    currency: Currency,
                    customer: Customer? = nil,
                    items: [Item]? = nil,
                    offerPeriod: OfferPeriod? = nil,
                    awkward: [Awkward]? = nil,
                    `default`: Bool? = nil
                ) {
                    self.storeID = storeID
            """))
    }

    @Test func removedFieldsAreLeftOutButDocumented() {
        let source = output["Swift/Models/Customer.swift"]
        #expect(!source.contains("legacyCode:"))
        #expect(source.contains("/// - 포트원 SDK에서 제거되어 모델에 없는 필드: `legacyCode` (예전 코드)\n"))
    }

    @Test func fieldDocCommentsCarryRequirementsContractsAndDifferences() {
        let item = output["Swift/Models/Item.swift"]
        #expect(item.contains("""
                /// 부가세
                ///
                /// - 필수 여부: PC: 선택 · 모바일: 선택
                /// - 별도 계약 필요: 부가세 및 비과세 금액 직접 설정 (`vat-tax-free`)
                /// - 가이드와 다름: 가이드 `vat`, 포트원 `vatAmount` — 가이드는 vat라고 씁니다.
                public var vatAmount: Int?
            """))
        #expect(output["Swift/Models/PeriodRange.swift"].contains("/// - RFC 3339 date-time 문자열입니다. 전송된 텍스트를 그대로 보존합니다.\n    public var from: String\n"))
    }

    @Test func enumKeepsUnknownValuesAndAcceptsPrefixedAliases() {
        let source = output["Swift/Enums/Currency.swift"]
        #expect(source.contains("""
            public enum Currency: Hashable, Sendable {
                /// 원화
                ///
                /// `KRW` · 이니시스 지원
                case krw
            """))
        #expect(source.contains("""
                    switch rawValue {
                    case "KRW", "CURRENCY_KRW": self = .krw
                    case "USD", "CURRENCY_USD": self = .usd
                    case "EUR", "CURRENCY_EUR": self = .eur
                    default: self = .unknown(rawValue)
                    }
            """))
        #expect(source.contains("""
                    switch self {
                    case .krw: "KRW"
                    case .usd: "USD"
                    case .eur: "EUR"
                    case .unknown(let value): value
                    }
            """))
        #expect(source.contains("/// `EUR` · 이니시스 미지원\n"))
        #expect(source.contains("public static let allCases: [Currency] = [\n        .krw,\n        .usd,\n        .eur,\n    ]"))
        #expect(source.contains("self.init(rawValue: try container.decode(String.self))"))
        #expect(source.contains("try container.encode(rawValue)"))
    }

    @Test func enumEscapesKeywordsAndAvoidsNameClashes() {
        let source = output["Swift/Enums/Awkward.swift"]
        #expect(source.contains("    case `default`\n"))
        #expect(source.contains("    case `self`\n"))
        // A schema value named `unknown` pushes the catch-all to another name.
        #expect(source.contains("    case unknown\n"))
        #expect(source.contains("    case unknownValue(String)\n"))
        // `AWK_default` is a canonical value, so it is not also the alias of `default`.
        #expect(source.contains("    case \"default\": self = .`default`\n"))
        #expect(source.contains("    case \"AWK_default\", \"AWK_AWK_default\": self = .awkDefault\n"))
        #expect(source.contains(#"case "with \"quote\" \\ \u{7}", "AWK_with \"quote\" \\ \u{7}": self = .quoted"#))
    }

    @Test func oneOfIsAnEnumWithExactlyOneKey() {
        let source = output["Swift/Models/OfferPeriod.swift"]
        #expect(source.contains("""
            public enum OfferPeriod: Hashable, Sendable {
                /// 기간
                case range(PeriodRange)

                /// 간격
                case interval(String)
            """))
        #expect(source.contains("""
                    guard keys.count == 1, let key = keys.first else {
                        let found = keys.isEmpty ? "none" : keys.map(\\.stringValue).sorted().joined(separator: ", ")
                        throw DecodingError.dataCorrupted(DecodingError.Context(
                            codingPath: container.codingPath,
                            debugDescription: "OfferPeriod: expected exactly one of range, interval, default; found " + found + "."
                        ))
                    }
            """))
        #expect(source.contains("case .range(let value): try container.encode(value, forKey: .range)"))
        #expect(source.contains("case .`default`: self = .`default`(try container.decode(Bool.self, forKey: .`default`))"))
    }

    @Test func sdkOperationNamesItsFunctionAndRequest() {
        #expect(output["Swift/Operations/RequestPaymentOperation.swift"].contains("""
            public enum RequestPaymentOperation: SDKOperation {
                /// 연동 아이디 (CLI의 `--operation` 값)
                public static let id = "payment"

                /// 요청을 보내는 플랫폼
                public static let platforms: [Platform] = [.pc, .mobile]

                /// 호출할 브라우저 SDK 함수
                public static let function = "requestPayment"

                /// SDK 함수에 넘기는 요청 객체
                public typealias Request = PaymentRequest
            }
            """))
    }

    @Test func restOperationBuildsAPercentEncodedPath() {
        let source = output["Swift/Operations/PaymentScheduleOperation.swift"]
        #expect(source.contains("public static let method = \"POST\"\n"))
        #expect(source.contains("public static let pathTemplate = \"/payments/{paymentId}/schedule\"\n"))
        #expect(source.contains("public typealias Body = ScheduleBody\n"))
        #expect(source.contains("""
                public static func path(paymentID: String) -> String {
                    "/payments/" + PathSegment.encode(paymentID) + "/schedule"
                }
            """))
    }

    @Test func pathTemplateSplitsLiteralsAndParameters() {
        #expect(PathTemplate.parse("/a/{x}/b/{y}") == [.literal("/a/"), .parameter("x"), .literal("/b/"), .parameter("y")])
        #expect(PathTemplate.parse("/plain") == [.literal("/plain")])
    }

    @Test func everyFileStartsWithTheNotice() {
        for file in output.files where file.path.hasPrefix("Swift/") {
            #expect(file.contents.hasPrefix("// Generated by inicis-codegen from schema/inicis-v2.xml. DO NOT EDIT.\n\n"), "\(file.path)")
        }
    }

    @Test func filesAreLaidOutByKind() {
        // The bypass builders' files are checked in BypassBuildersTests, the validators' in SwiftValidatorsTests.
        let paths = output.files.map(\.path).filter { $0.hasPrefix("Swift/") && !$0.hasPrefix("Swift/Bypass/") && !$0.hasPrefix("Swift/Validation/") }
        #expect(paths == [
            "Swift/Enums/Awkward.swift",
            "Swift/Enums/CardKind.swift",
            "Swift/Enums/Currency.swift",
            "Swift/Models/Address.swift",
            "Swift/Models/Customer.swift",
            "Swift/Models/Item.swift",
            "Swift/Models/OfferPeriod.swift",
            "Swift/Models/PaymentRequest.swift",
            "Swift/Models/PeriodRange.swift",
            "Swift/Models/SampleBypass.swift",
            "Swift/Models/ScheduleBody.swift",
            "Swift/Operations/PaymentScheduleOperation.swift",
            "Swift/Operations/RequestPaymentOperation.swift",
            "Swift/Support/OperationCatalog.swift",
            "Swift/Support/Operations.swift",
            "Swift/Support/PathSegment.swift",
            "Swift/Support/Platform.swift",
        ])
    }
}
