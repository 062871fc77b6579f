@testable import InicisCodegen
import InicisSchema
import Testing

/// What matters on the pages of the sample schema, line by line (`SamplePagesGoldenTests`
/// compares the pages whole).
@Suite("Markdown pages")
struct MarkdownPagesTests {
    let output = GeneratedOutput()

    /// An operation's page is `<id>.md`; the checker refuses the ids of the other pages, so
    /// its list must name every page the generator writes for the whole schema.
    @Test func operationIDsCannotNameTheSchemaWidePages() {
        let operationPages = Set(SampleSchema.schema.operations.map { "Docs/\($0.id).md" })
        let schemaPages = output.files.map(\.path).filter { $0.hasPrefix("Docs/") && !operationPages.contains($0) }
        #expect(!schemaPages.isEmpty)
        for page in schemaPages {
            let id = String(page.dropFirst("Docs/".count).dropLast(".md".count)).lowercased()
            #expect(Operation.reservedIDs.contains(id), "\(page) is missing from Operation.reservedIDs")
        }
    }

    @Test func fieldsAreNamedByTheirFullPathWithWhatTheyAreUnderTheirParent() {
        let page = output["Docs/payment.md"]
        expectLines(page, contain: "| 경로 | 타입 | PC | 모바일 | 설명 |\n| --- | --- | --- | --- | --- |")
        expectLines(page, contain: "| <a id=\"payment-customer-address\"></a><a id=\"object-address\"></a>`customer.address` | object | 선택 | 선택 | **주소** |")
        // Required inside an optional object: required only when the object is sent.
        expectLines(page, contain: "| <a id=\"payment-customer-address-addressline1\"></a>`customer.address.addressLine1` | string | 상위 객체를 보낼 때 필수 | 상위 객체를 보낼 때 필수 | **주소 첫째 줄** |")
        // Required inside a required object, on the platform where both are required.
        expectLines(page, contain: "| <a id=\"payment-customer-phonenumber\"></a>`customer.phoneNumber` | string | 필수 | 선택 | **구매자 연락처** |")
    }

    @Test func aFieldUnderAnIgnoredParentIsIgnoredToo() {
        var schema = SampleSchema.schema
        var objects = schema.objects
        let index = objects.firstIndex { $0.id == "PaymentRequest" }!
        let customer = objects[index].fields.firstIndex { $0.wireName == "customer" }!
        objects[index].fields[customer].requirements = PlatformRequirements([.pc: .ignored, .mobile: .unsupported])
        schema.objects = objects
        let page = GeneratedOutput(schema)["Docs/payment.md"]
        expectLines(page, contain: "| <a id=\"payment-customer-address-addressline1\"></a>`customer.address.addressLine1` | string | 무시됨 | 미지원 | **주소 첫째 줄** |")
    }

    @Test func valuesListWhatKGInicisSupportsThenOneLineForTheRest() {
        let page = output["Docs/payment.md"]
        expectLines(page, contain: "| `KRW` | 원화 |\n| `USD` | 미국 달러 |")
        #expect(!page.contains("| `EUR` |"), "no row for a value KG이니시스 does not support")
        expectLines(page, contain: "그 밖에 포트원이 정의한 값 1개는 KG이니시스가 지원하지 않습니다.")
    }

    @Test func rulesSayWhatTheyCheckAndTheGuidesSentence() {
        let page = output["Docs/payment.md"]
        expectLines(page, contain: "| <a id=\"rule-currency-usd-card-only\"></a>`currency-usd-card-only` | 전체 | 오류 | 조건 `payMethod` ≠ `CARD`: `currency` 필드에는 `KRW` 값만 쓸 수 있습니다. | `USD`는 카드 결제일 경우에만 \\| 지정 가능합니다. |")
        expectLines(page, contain: "| <a id=\"rule-customer-name-at-customer\"></a>`customer-name` | PC | 오류 | 다음 중 한 가지는 반드시 입력합니다: `customer.fullName`, 또는 `customer.firstName` 및 `customer.lastName`. | 이니시스의 경우 `fullName` 혹은 (firstName + lastName)을 필수로 입력해야 합니다. |")
    }

    @Test func counterExamplesAreFoldedWithTheIssuesTheyProduce() {
        let page = output["Docs/payment.md"]
        let blocks = PageBlocks(page).blocks.filter { $0.info == "json" }
        let counter = blocks.first { $0.exampleID == "counter" }
        #expect(counter?.isFolded == true)
        #expect(counter?.issueRows.isEmpty == false)
        // The guide's example declares no issue, yet fails: a page folds what fails, whatever
        // the schema expects, so no failing request can be copied by mistake.
        let guide = blocks.first { $0.exampleID == "guide" }
        #expect(guide?.isFolded == true)
        #expect(guide?.issueRows.isEmpty == false)
    }

    @Test func restPagesShowTheCallAndThePathParameters() {
        let page = output["Docs/payment-schedule.md"]
        expectLines(page, contain: "- 호출: `POST https://api.portone.io/payments/{paymentId}/schedule` (헤더 `Authorization: PortOne <API Secret>`)")
        expectLines(page, contain: "| <a id=\"payment-schedule-path-paymentid\"></a>`{paymentId}` | string | 필수 | **결제 건 아이디** |")
        expectLines(page, contain: "| <a id=\"payment-schedule-memo\"></a>`memo` | string | 무시됨 | **끝 \\*/ /\\* \"\"\" \\\\(x) \\`code\\` \\`\\`two\\`\\` a\\|b \\<script\\>alert(1)\\</script\\> \\& \\*bold\\* \\_u\\_ \\[l\\](x) #1<br>line2<br>\\# heading<br>sep<br>para<br>\\- item\\\\u{0}nul\\\\u{7}bell \u{202E}rtl\u{202C} back\\\\slash 'q'**<br>규칙: [`memo-contract`](#rule-memo-contract) |")
    }

    @Test func requirednessListsWhatMustOrNeedNotBeSent() {
        let page = output["Docs/requiredness.md"]
        expectLines(page, contain: "| [`storeId`](payment.md#payment-storeid) | 필수 | 필수 |")
        expectLines(page, contain: "| [`memo`](payment-schedule.md#payment-schedule-memo) | 무시됨 |")
        #expect(!page.contains("[`items`]"), "a field that is optional everywhere is left out")
    }

    @Test func aNoteForOneOperationStaysOnItsPage() {
        var schema = SampleSchema.schema
        var objects = schema.objects
        let index = objects.firstIndex { $0.id == "Customer" }!
        objects[index].fields[1].documentation.notes = [Note("결제에서만 보이는 메모", operations: ["payment"]), Note("다른 연동의 메모", operations: ["other"])]
        schema.objects = objects
        let page = GeneratedOutput(schema)["Docs/payment.md"]
        #expect(page.contains("결제에서만 보이는 메모"))
        #expect(!page.contains("다른 연동의 메모"))
    }

    @Test func indexSaysWhatEachPageIsFor() {
        let index = output["Docs/README.md"]
        #expect(index.hasPrefix("<!-- Generated by inicis-codegen from schema/inicis-v2.xml. DO NOT EDIT. -->\n\n# 샘플 스키마 \\| \\<b\\>\n"))
        expectLines(index, contain: "## 어디서 시작할까요")
        expectLines(index, contain: "| [SDK 결제 요청하기](payment.md) | `requestPayment` 함수를 호출합니다. | `requestPayment` |")
        #expect(index.contains("[검증기 문제 코드](issue-codes.md)"))
        #expect(index.contains("[가이드와 포트원 스키마의 차이](differences.md#wording)"))
    }

    @Test func contractsPageLinksTheFieldsThatNeedIt() {
        let page = output["Docs/contracts.md"]
        expectLines(page, contain: "## <a id=\"contract-vat-tax-free\"></a>부가세 및 비과세 금액 직접 설정")
        expectLines(page, contain: "| [SDK 결제 요청하기](payment.md) | [`items.vatAmount`](payment.md#payment-items-vatamount) | 필드 | 값을 보내면 |")
        expectLines(page, contain: "| [결제 예약](payment-schedule.md) | [`memo`](payment-schedule.md#payment-schedule-memo) | 규칙 [`memo-contract`](payment-schedule.md#rule-memo-contract) | 조건 `timeToPay` 있음 |")
    }

    @Test func noContractsPageWithoutContracts() {
        var schema = SampleSchema.schema
        schema.contracts = []
        #expect(!GeneratedOutput(schema).files.contains { $0.path == "Docs/contracts.md" })
    }

    @Test func recursiveObjectsStop() {
        let node = ObjectType(id: "Node", fields: [SampleSchema.field("child", .object("Node"))], location: SampleSchema.here)
        let operation = Operation(id: "tree", kind: .sdk, function: "f", body: "Node", location: SampleSchema.here)
        let schema = Schema(languageVersion: "1", title: "t", objects: [node], operations: [operation], location: SampleSchema.here)
        let rows = OperationFields(operation: operation, schema: schema).rows.map(\.path)
        #expect(rows == ["child"])
    }

    @Test func fieldAnchorsStayWhenSectionsAreAdded() {
        // A rule whose anchor would collide with a field's takes the suffix, never the field.
        var schema = SampleSchema.schema
        schema.operations[0].id = "rule"
        var rules = schema.objects[0].rules
        rules.append(Rule(id: "storeid", kind: .require("storeId"), source: "s", location: SampleSchema.here))
        schema.objects[0].rules = rules
        let page = GeneratedOutput(schema)["Docs/rule.md"]
        #expect(page.contains("<a id=\"rule-storeid\"></a>`storeId`"))
        #expect(page.contains("<a id=\"rule-storeid-2\"></a>`storeid`"))
    }

    @Test func knownNamesInProseAreCode() {
        let prose = Prose(terms: ["paymentId", "KRW"])
        #expect(prose.inline("paymentId 에는 ASCII 문자만, KRW로. payment는 아님") == "`paymentId` 에는 ASCII 문자만, `KRW`로. payment는 아님")
        #expect(prose.inline("POST /payments/{paymentId}/instant를 호출합니다.") == "`POST /payments/{paymentId}/instant`를 호출합니다.")
        #expect(prose.inline("비슷한 키: \"paymentId\"") == "비슷한 키: `paymentId`")
        #expect(prose.inline("\"KRW\", \"KRW 원\" 또는 \"\"paymentId\"") == "`KRW`, \"`KRW` 원\" 또는 \"`paymentId`")
        #expect(prose.inline("a|b *c*") == #"a\|b \*c\*"#)
    }
}
