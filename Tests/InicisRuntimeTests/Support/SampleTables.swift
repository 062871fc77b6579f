@_spi(InicisCodegen) @testable import InicisRuntime

/// Small hand-written tables with one of everything the engine reads: platform requirements,
/// an enum with aliases, nested and one-of objects, arrays, a bypass grammar and every rule kind.
enum SampleTables {
    typealias Field = Inicis.SchemaTables.Field
    typealias Rule = Inicis.SchemaTables.Rule

    static func field(
        _ name: String, _ type: Inicis.SchemaTables.ValueType, label: String? = nil,
        pc: Inicis.SchemaTables.Requirement? = .optional, mobile: Inicis.SchemaTables.Requirement? = .optional, api: Inicis.SchemaTables.Requirement? = nil,
        contract: String? = nil, grammar: String? = nil, removed: Bool = false, sensitivity: Inicis.Sensitivity? = nil
    ) -> Field {
        Field(name: name, label: label, type: type, pc: pc, mobile: mobile, api: api, contract: contract, grammar: grammar, removed: removed, sensitivity: sensitivity)
    }

    static func rule(_ id: String, _ kind: Rule.Kind, _ configure: (inout Rule) -> Void) -> Rule {
        var rule = Rule(id: id, kind: kind, message: "rule \(id)")
        configure(&rule)
        return rule
    }

    static let tables = Inicis.SchemaTables(
        contracts: [.init(id: "vat-tax-free", name: "부가세 직접 설정")],
        enums: [
            .init(id: "Currency", label: "통화", aliasPrefix: "CURRENCY", values: ["KRW", "USD", "EUR"]),
            .init(id: "PayMethod", label: "결제수단", aliasPrefix: nil, values: ["CARD", "MOBILE"]),
        ],
        objects: [
            .init(id: "Request", label: "요청", isOneOf: false, fields: [
                field("storeId", .string, label: "상점 아이디", pc: .required, mobile: .required),
                field("amount", .integer, label: "결제 금액", pc: .required, mobile: .required),
                field("currency", .enumeration("Currency"), pc: .required, mobile: .required),
                field("payMethod", .enumeration("PayMethod")),
                field("vatAmount", .integer, contract: "vat-tax-free"),
                field("customer", .object("Customer"), pc: .required, mobile: .optional),
                field("locale", .string, pc: .ignored, mobile: .ignored),
                field("popup", .boolean, pc: .optional, mobile: .unsupported),
                field("fixedOption", .string, removed: true),
                field("period", .object("Period")),
                field("items", .array(.object("Item"))),
                field("productType", .string, pc: .conditional, mobile: .conditional),
                field("customData", .json),
                field("dueDate", .dateTime),
                field("options", .array(.string), grammar: "options"),
                field("paymentId", .string),
            ], rules: [
                rule("usd-card-only", .allowedValues) { $0.path = "currency"; $0.values = ["KRW"]; $0.when = [.init(path: "payMethod", test: .notEquals, value: "CARD")] },
                rule("mobile-product-type", .require) { $0.path = "productType"; $0.when = [.init(path: "payMethod", test: .equals, value: "MOBILE")] },
                rule("payment-id-ascii", .format) { $0.path = "paymentId"; $0.format = "ascii-printable" },
                rule("amount-range", .range) { $0.path = "amount"; $0.minimum = 100; $0.maximum = 1_000_000 },
                rule("due-date-future", .future) { $0.path = "dueDate" },
                rule("vat-contract-on-mobile", .needsContract) { $0.path = "vatAmount"; $0.contract = "vat-tax-free"; $0.platforms = [.mobile] },
            ]),
            .init(id: "Customer", label: "고객", isOneOf: false, fields: [
                field("fullName", .string, pc: .conditional, sensitivity: .personal),
                field("firstName", .string, pc: .conditional, sensitivity: .personal),
                field("lastName", .string, pc: .conditional, sensitivity: .personal),
                field("email", .string, label: "구매자 이메일", pc: .required, sensitivity: .personal),
                field("cardNumber", .string, sensitivity: .credential),
            ], rules: [
                rule("customer-name", .requiredGroup) { $0.alternatives = [["fullName"], ["firstName", "lastName"]]; $0.platforms = [.pc] },
            ]),
            .init(id: "Period", label: nil, isOneOf: true, fields: [
                field("range", .object("Range")),
                field("interval", .string),
            ], rules: []),
            .init(id: "Range", label: nil, isOneOf: false, fields: [
                field("from", .dateTime, pc: .required, mobile: .required),
                field("to", .dateTime, pc: .required, mobile: .required),
            ], rules: [
                rule("range-order", .order) { $0.earlier = "from"; $0.later = "to" },
            ]),
            .init(id: "Item", label: nil, isOneOf: false, fields: [
                field("name", .string, pc: .required, mobile: .required),
                field("currency", .enumeration("Currency")),
            ], rules: []),
        ],
        grammars: [
            .init(id: "options", platform: .pc, tokens: [
                .init(id: "skin", contract: nil, syntax: [.literal("SKIN("), .value(.init(name: "color", label: "색상", kind: .hexColor)), .literal(")")], shownAs: "SKIN(#RRGGBB)"),
                .init(id: "below1000", contract: nil, syntax: [.literal("below1000")], shownAs: "below1000"),
                .init(id: "slimquota", contract: "vat-tax-free", syntax: [
                    .literal("slimquota("),
                    .repeat(.init(name: "plans", separator: "^", syntax: [
                        .value(.init(name: "cardCode", label: "카드코드", kind: .digits, length: 2)),
                        .literal("-"),
                        .repeat(.init(name: "months", separator: ":", syntax: [.value(.init(name: "month", label: "개월", kind: .integer, minimum: 2, maximum: 36))])),
                    ])),
                    .literal(")"),
                ], shownAs: "slimquota(<카드코드>-<개월>:…^…)"),
                .init(id: "currency", contract: nil, syntax: [.literal("cur="), .value(.init(name: "currency", label: "통화", kind: .enumeration, enumeration: "Currency"))], shownAs: "cur=<통화>"),
            ]),
        ],
        operations: [
            .init(id: "payment", body: "Request", platforms: [.pc, .mobile], rules: [
                rule("no-popup-with-items", .forbid) { $0.path = "popup"; $0.when = [.init(path: "items", test: .present)] },
            ]),
            .init(id: "rest-call", body: "Item", platforms: [.api], rules: []),
        ]
    )

    static let catalog: Inicis.RequestCatalog = {
        do {
            return try Inicis.RequestCatalog(tables)
        } catch {
            fatalError("the sample tables do not link: \(error)")
        }
    }()
}
