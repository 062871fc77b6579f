import InicisSchema

/// Small schemas built by hand, independent of the XML loader.
enum SampleSchema {
    static let here = SourceLocation(file: "sample.xml", line: 1)

    /// Text that tries to break every output: comment terminators, string delimiters,
    /// interpolation, backticks, pipes, HTML, line breaks of every kind, controls, bidi overrides.
    static let hostile = "끝 */ /* \"\"\" \\(x) `code` ``two`` a|b <script>alert(1)</script> & *bold* _u_ [l](x) #1\nline2 \r\n# heading\u{2028}sep\u{2029}para\r- item\u{0}nul\u{7}bell \u{202E}rtl\u{202C} back\\slash 'q'"

    static func doc(_ summary: String, _ description: String? = nil, notes: [String] = [], differences: [GuideDifference] = []) -> Documentation {
        Documentation(summary: summary, description: description, notes: notes, differences: differences)
    }

    static func field(
        _ wire: String,
        swift: String? = nil,
        _ type: FieldType,
        pc: PlatformRequirement? = nil,
        mobile: PlatformRequirement? = nil,
        api: PlatformRequirement? = nil,
        contract: String? = nil,
        grammar: String? = nil,
        removed: Bool = false,
        secret: Bool = false,
        doc: Documentation = .init()
    ) -> Field {
        var byPlatform: [Platform: PlatformRequirement] = [:]
        byPlatform[.pc] = pc
        byPlatform[.mobile] = mobile
        byPlatform[.api] = api
        return Field(
            wireName: wire, swiftName: swift, type: type, requirements: PlatformRequirements(byPlatform),
            contract: contract, grammar: grammar, isRemovedFromWire: removed, isSecret: secret, documentation: doc, location: here
        )
    }

    static let currency = EnumType(
        id: "Currency",
        aliasPrefix: "CURRENCY",
        values: [
            EnumValue(wire: "KRW", swiftName: "krw", inicis: .supported, documentation: doc("원화"), location: here),
            EnumValue(wire: "USD", swiftName: "usd", inicis: .supported, documentation: doc("미국 달러"), location: here),
            EnumValue(wire: "EUR", swiftName: "eur", inicis: .unsupported, documentation: doc("유로"), location: here),
        ],
        documentation: doc("결제 통화"),
        location: here
    )

    /// Case names that are Swift keywords, a schema value called `unknown`, hostile docs.
    static let awkward = EnumType(
        id: "Awkward",
        aliasPrefix: "AWK",
        values: [
            EnumValue(wire: "default", swiftName: "default", documentation: doc(hostile), location: here),
            EnumValue(wire: "False", swiftName: "false", location: here),
            EnumValue(wire: "self", swiftName: "self", location: here),
            EnumValue(wire: "init", swiftName: "init", location: here),
            EnumValue(wire: "Type", swiftName: "Type", location: here),
            EnumValue(wire: "UNKNOWN", swiftName: "unknown", location: here),
            EnumValue(wire: "AWK_default", swiftName: "awkDefault", documentation: doc("a value that equals another's alias"), location: here),
            EnumValue(wire: "with \"quote\" \\ \u{7}", swiftName: "quoted", location: here),
        ],
        documentation: doc(hostile, hostile, notes: [hostile]),
        location: here
    )

    static let customer = ObjectType(
        id: "Customer",
        fields: [
            field("fullName", .string, pc: .conditional, mobile: .optional, doc: doc("구매자 전체 이름", notes: ["fullName 혹은 firstName + lastName"])),
            field("phoneNumber", .string, pc: .required, mobile: .optional, doc: doc("구매자 연락처")),
            field("address", .object("Address"), doc: doc("주소")),
            field("legacyCode", .string, removed: true, doc: doc("예전 코드")),
        ],
        rules: [
            Rule(id: "customer-name", kind: .requiredGroup(alternatives: [["fullName"], ["firstName", "lastName"]]), platforms: [.pc], source: "이니시스의 경우 fullName 혹은 (firstName + lastName)을 필수로 입력해야 합니다.", location: here),
        ],
        documentation: doc("고객 정보"),
        location: here
    )

    static let address = ObjectType(
        id: "Address",
        fields: [
            field("addressLine1", .string, pc: .required, mobile: .required, doc: doc("주소 첫째 줄")),
            field("country", .enumeration("Currency"), doc: doc("국가 | 통화")),
        ],
        documentation: doc("주소"),
        location: here
    )

    static let item = ObjectType(
        id: "Item",
        fields: [
            field("vatAmount", .integer, pc: .optional, mobile: .optional, contract: "vat-tax-free", doc: doc("부가세", differences: [GuideDifference(guide: "vat", wire: "vatAmount", explanation: "가이드는 vat라고 씁니다.", location: here)])),
        ],
        documentation: doc("상품"),
        location: here
    )

    static let period = ObjectType(
        id: "OfferPeriod",
        shape: .oneOf,
        fields: [
            field("range", .object("PeriodRange"), doc: doc("기간")),
            field("interval", .string, doc: doc("간격")),
            // A secret case named by a keyword: the one-of's redacted description must compile.
            field("default", .boolean, secret: true, doc: doc(hostile)),
        ],
        documentation: doc("제공 기간"),
        location: here
    )

    static let periodRange = ObjectType(
        id: "PeriodRange",
        fields: [
            field("from", .dateTime, pc: .required, mobile: .required, doc: doc("시작")),
            field("to", .dateTime, pc: .required, mobile: .required, doc: doc("끝")),
        ],
        documentation: doc("기간 범위"),
        location: here
    )

    static let paymentRequest = ObjectType(
        id: "PaymentRequest",
        fields: [
            field("storeId", .string, pc: .required, mobile: .required, doc: doc("스토어 아이디", "포트원 계정의 상점 \"ID\"")),
            field("P_CARD_OPTION", swift: "pCardOption", .string, mobile: .optional, grammar: "card-option", doc: doc("카드 옵션")),
            field("currency", .enumeration("Currency"), pc: .required, mobile: .required, doc: doc("결제 통화")),
            field("customer", .object("Customer"), pc: .required, mobile: .optional, doc: doc("고객 정보")),
            field("items", .array(.object("Item")), doc: doc("상품 목록")),
            field("offerPeriod", .oneOf("OfferPeriod"), doc: doc("제공 기간")),
            field("awkward", .array(.enumeration("Awkward")), doc: doc(hostile, hostile, notes: [hostile], differences: [GuideDifference(guide: hostile, wire: "a`b", explanation: hostile, location: here)])),
            field("default", .boolean, doc: doc("키워드 이름")),
        ],
        rules: [
            Rule(id: "currency-usd-card-only", kind: .allowedValues(path: "currency", values: ["KRW"]), conditions: [Condition(path: "payMethod", test: .notEquals("CARD"), location: here)], source: "USD는 카드 결제일 경우에만 | 지정 가능합니다.", location: here),
        ],
        documentation: doc("결제 요청"),
        location: here
    )

    static let scheduleBody = ObjectType(
        id: "ScheduleBody",
        fields: [
            field("timeToPay", .dateTime, api: .required, doc: doc("결제 예정 시점")),
            field("memo", .string, api: .ignored, doc: doc(hostile)),
        ],
        documentation: doc("예약 본문"),
        location: here
    )

    static let paymentOperation = Operation(
        id: "payment",
        kind: .sdk,
        function: "requestPayment",
        body: "PaymentRequest",
        examples: [
            Example(id: "guide", platform: .pc, json: "{\n  \"storeId\": \"store-```-1\"\n}", documentation: doc("가이드 예시"), location: here),
        ],
        documentation: doc("SDK 결제 요청하기", "requestPayment 함수를 호출합니다.", notes: ["PC와 모바일에서 필수 여부가 다릅니다."]),
        location: here
    )

    static let scheduleOperation = Operation(
        id: "payment-schedule",
        kind: .rest,
        httpMethod: "POST",
        path: "/payments/{paymentId}/schedule",
        pathParameters: [field("paymentId", .string, api: .required, doc: doc("결제 건 아이디"))],
        body: "ScheduleBody",
        documentation: doc("결제 예약", hostile),
        location: here
    )

    static let schema = Schema(
        languageVersion: "1",
        title: "샘플 스키마 | <b>",
        documentation: doc("요약", "설명"),
        contracts: [Contract(id: "vat-tax-free", name: "부가세 및 비과세 금액 직접 설정", documentation: doc("부가세 계약", "별도 계약이 필요합니다."), location: here)],
        enums: [currency, awkward, cardKind],
        objects: [paymentRequest, customer, address, item, period, periodRange, scheduleBody, sampleBypass],
        grammars: [cardOptionGrammar, flagsGrammar],
        operations: [paymentOperation, scheduleOperation],
        payMethodTables: [
            PayMethodTable(id: "sdk-payment", title: "결제창 일반 결제", parameter: "payMethod", operations: ["payment"], rows: [.init(value: "CARD", label: "카드", location: here)], location: here),
        ],
        location: here
    )
}
