import InicisSchema
import Testing

/// Every construct of the schema language lands in the model as the XSD documents it.
@Suite("Model building")
struct ModelBuildingTests {
    let schema: Schema

    init() throws {
        let result = try TestFiles.loadFixture("Valid/every-construct.xml")
        #expect(result.diagnostics.isEmpty, "\(result.listing)")
        schema = try #require(result.schema, "\(result.listing)")
    }

    private func file(_ line: Int) -> InicisSchema.SourceLocation {
        InicisSchema.SourceLocation(file: "Valid/every-construct.xml", line: line)
    }

    @Test func rootAndDocumentation() {
        #expect(schema.languageVersion == "1")
        #expect(schema.title == "Every construct")
        #expect(schema.location == file(3))
        #expect(schema.documentation.summary == "요약")
        #expect(schema.documentation.description == "설명은 앞뒤 공백 없이 읽힙니다.")
        #expect(schema.documentation.notes.map(\.text) == ["첫 번째 메모", "두 번째 메모"])
        #expect(schema.documentation.differences == [GuideDifference(guide: "vat", wire: "vatAmount", explanation: "가이드와 다릅니다.", location: file(11))])
    }

    @Test func contracts() {
        #expect(schema.contracts.map(\.id) == ["vat-tax-free", "skin-contract"])
        #expect(schema.contracts[0].name == "부가세 직접 설정")
        #expect(schema.contracts[0].documentation.summary == "계약")
        #expect(schema.contracts[0].location == file(13))
    }

    @Test func enums() throws {
        let currency = try #require(schema.enumType("Currency"))
        #expect(currency.swiftName == "Currency")
        #expect(currency.aliasPrefix == "CURRENCY")
        #expect(currency.values.map(\.inicis) == [.supported, .unsupported, .unspecified])
        #expect(currency.values.map(\.swiftName) == ["krw", "usd", "jpy"])
        #expect(currency.values[0].documentation.summary == "원")
        #expect(currency.values[0].location == file(19))
        let quota = try #require(schema.enumType("Quota"))
        #expect(quota.swiftName == "InstallmentQuota")
        #expect(quota.aliasPrefix == nil)
        #expect(quota.values.map(\.swiftName) == ["oneMonth", "easyPay"])
    }

    @Test func objectsAndFields() throws {
        let request = try #require(schema.object("PaymentRequest"))
        #expect(request.swiftName == "PaymentRequestModel")
        #expect(request.shape == .structure)
        #expect(schema.object("Period")?.shape == .oneOf)
        #expect(request.field("P_CARD_OPTION")?.swiftName == "pCardOption")
        #expect(request.field("P_CARD_OPTION")?.grammar == "card-option")
        #expect(request.field("logo_url")?.swiftName == "logo")
        #expect(request.field("currency")?.type == .enumeration("Currency"))
        #expect(request.field("period")?.type == .oneOf("Period"))
        #expect(request.field("products")?.type == .array(.object("Product")))
        #expect(request.field("tags")?.type == .array(.string))
        #expect(request.field("isTest")?.type == .boolean)
        #expect(request.field("from")?.type == .dateTime)
        #expect(request.field("amount")?.contract == "vat-tax-free")
        let vat = try #require(request.field("vat"))
        #expect(vat.isRemovedFromWire)
        #expect(vat.documentation.notes.map(\.text) == ["가이드에만 있습니다."])
        #expect(request.field("amount")?.isRemovedFromWire == false)
        #expect(request.field("isTest")?.isSecret == true)
        #expect(request.field("amount")?.isSecret == false)
        #expect(vat.location == file(43))
    }

    @Test func requirementsAreAsWritten() throws {
        let request = try #require(schema.object("PaymentRequest"))
        #expect(request.field("storeId")?.requirements.byPlatform == [.pc: .required, .mobile: .required])
        #expect(request.field("P_CARD_OPTION")?.requirements.byPlatform == [.mobile: .ignored])
        #expect(request.field("logo_url")?.requirements.byPlatform == [.pc: .unsupported])
        #expect(schema.object("DateRange")?.field("start")?.requirements.byPlatform == [:])
        #expect(schema.object("ScheduleBody")?.field("memo")?.requirements.byPlatform == [:])
        #expect(schema.operation("payment-schedule")?.pathParameters.map { $0.requirements.byPlatform } == [[:], [.api: .optional]])
    }

    @Test func resolvedRequirementsDefaultToOptionalOnThePlatformsThatApply() throws {
        let resolved = schema.resolved()
        let request = try #require(resolved.object("PaymentRequest"))
        #expect(request.field("storeId")?.requirements.byPlatform == [.pc: .required, .mobile: .required])
        #expect(request.field("P_CARD_OPTION")?.requirements.byPlatform == [.pc: .optional, .mobile: .ignored])
        #expect(request.field("logo_url")?.requirements.byPlatform == [.pc: .unsupported, .mobile: .optional])
        // Reached through a one-of and an object: still SDK only.
        #expect(resolved.object("DateRange")?.field("start")?.requirements.byPlatform == [.pc: .optional, .mobile: .optional])
        let body = try #require(resolved.object("ScheduleBody"))
        #expect(body.field("totalAmount")?.requirements.byPlatform == [.api: .required])
        #expect(body.field("memo")?.requirements.byPlatform == [.api: .optional])
        // A URL segment cannot be left out: required unless written otherwise.
        #expect(resolved.operation("payment-schedule")?.pathParameters.map { $0.requirements.byPlatform } == [[.api: .required], [.api: .optional]])
        #expect(resolved.resolved() == resolved)
    }

    @Test func everyRuleKind() throws {
        let rules = try #require(schema.object("PaymentRequest")?.rules)
        let byID = Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0) })
        #expect(byID["group"]?.kind == .requiredGroup(alternatives: [["storeId"], ["currency", "amount"]]))
        #expect(byID["group"]?.platforms == [.pc, .mobile])
        #expect(byID["one"]?.kind == .exactlyOne(["from", "to"]))
        #expect(byID["need"]?.kind == .require("amount"))
        #expect(byID["need"]?.message == "금액이 필요합니다.")
        #expect(byID["need"]?.source == "필수")
        #expect(byID["need"]?.conditions.map(\.test) == [.oneOf(["KRW", "USD"]), .equals("true")])
        #expect(byID["need"]?.conditions.first?.location == file(55))
        #expect(byID["no-vat"]?.kind == .forbid("vat"))
        #expect(byID["no-vat"]?.conditions.map(\.test) == [.absent])
        #expect(byID["krw"]?.kind == .allowedValues(path: "currency", values: ["KRW"]))
        #expect(byID["krw"]?.conditions.map(\.test) == [.noneOf(["JPY"]), .notEquals("USD"), .present])
        #expect(byID["ascii"]?.kind == .format(path: "storeId", format: .asciiPrintable))
        #expect(byID["chars"]?.kind == .format(path: "tags", format: .characters("A-Z ")))
        #expect(byID["amount-range"]?.kind == .range(path: "amount", minimum: -5, maximum: 10))
        #expect(byID["from-to"]?.kind == .order(earlier: "from", later: "to"))
        #expect(byID["future-to"]?.kind == .future("to"))
        #expect(byID["future-to"]?.kind == .future("to", format: .dateTime))
        #expect(byID["future-year"]?.kind == .future("storeId", format: .twoDigitYear))
        #expect(byID["vat-contract"]?.kind == .needsContract(path: "amount", contract: "vat-tax-free"))
        #expect(byID["group"]?.message == nil)
        #expect(byID["group"]?.location == file(50))
    }

    @Test func grammars() throws {
        let acceptMethod = try #require(schema.grammar("pc-acceptmethod"))
        #expect(acceptMethod.swiftName == "PcAcceptmethod")
        #expect(acceptMethod.platform == .pc)
        #expect(acceptMethod.documentation.summary == "acceptmethod")
        let skin = acceptMethod.tokens[0]
        #expect(skin.swiftName == "skin")
        #expect(skin.contract == "skin-contract")
        #expect(skin.examples == ["SKIN(#C1272C)"])
        #expect(skin.elements == [.literal("SKIN("), .value(GrammarValue(name: "color", kind: .hexColor)), .literal(")")])
        let slim = acceptMethod.tokens[1]
        #expect(slim.swiftName == "slimQuota")
        #expect(slim.elements == [
            .literal("slimquota("),
            .repetition(name: "entries", separator: "^", elements: [
                .value(GrammarValue(name: "card", kind: .digits(length: 2))),
                .literal("-"),
                .repetition(name: "months", separator: ":", elements: [.value(GrammarValue(name: "month", kind: .integer(minimum: 2, maximum: 36)))]),
            ]),
            .literal(")"),
        ])
        let cardOption = try #require(schema.grammar("card-option"))
        #expect(cardOption.swiftName == "CardOption")
        #expect(cardOption.platform == nil)
        #expect(cardOption.tokens[0].elements.last == .value(GrammarValue(name: "code", kind: .enumeration("CardCompany"))))
    }

    /// A token's examples are read exactly, as its literals are: their spaces are part of the
    /// string Inicis reads.
    @Test func tokenExamplesKeepTheirSpaces() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <schema xmlns="urn:inicis-codegen:schema:1" version="1">
              <title>t</title>
              <objects><object id="Request"><field name="option" type="string" grammar="option"/></object></objects>
              <grammars><grammar id="option"><token id="open"><syntax><literal> (</literal></syntax><example> (</example></token></grammar></grammars>
              <operations><operation id="payment" kind="sdk" function="requestPayment" body="Request"/></operations>
            </schema>
            """
        let result = SchemaLoader().load(Array(text.utf8), path: "spaces.xml")
        #expect(result.diagnostics.isEmpty, "\(result.listing)")
        #expect(result.schema?.grammar("option")?.tokens.first?.examples == [" ("])
    }

    @Test func operationsAndExamples() throws {
        let payment = try #require(schema.operation("payment"))
        #expect(payment.kind == .sdk)
        #expect(payment.function == "requestPayment")
        #expect(payment.httpMethod == nil && payment.path == nil)
        #expect(payment.rules.map(\.id) == ["store"])
        #expect(payment.documentation.summary == "결제")
        let card = payment.examples[0]
        #expect(card.platform == .pc)
        #expect(card.json == #"{"storeId": "store-1", "note": "<ok> & \"quoted\""}"#)
        #expect(card.expectedIssues == [ExpectedIssue(path: "amount", code: "need", severity: .error), ExpectedIssue(path: "vat", code: "no-vat", severity: .warning)])
        #expect(payment.examples[1].platform == .mobile)

        let schedule = try #require(schema.operation("payment-schedule"))
        #expect(schedule.kind == .rest)
        #expect(schedule.httpMethod == "POST")
        #expect(schedule.path == "/payments/{paymentId}/schedules/{scheduleId}")
        #expect(schedule.body == "ScheduleBody")
        #expect(schedule.pathParameters.map(\.wireName) == ["paymentId", "scheduleId"])
    }

    @Test func payMethodTables() throws {
        let table = try #require(schema.payMethodTables.first)
        #expect(table.id == "currencies")
        #expect(table.title == "통화")
        #expect(table.parameter == "currency")
        #expect(table.operations == ["payment"])
        #expect(table.rows.map(\.value) == ["KRW", "USD"])
        #expect(table.rows.map(\.label) == ["원화", "달러"])
        #expect(table.documentation.description == "표")
    }
}
