@testable import InicisCodegen
import InicisSchema
import Testing

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

    @Test func nestedFieldsAreNamedByTheirFullPath() {
        let page = output["Docs/payment.md"]
        #expect(page.contains("| 경로 | 타입 | PC | 모바일 | 설명 / 비고 |\n| --- | --- | --- | --- | --- |\n"))
        #expect(page.contains("| <a id=\"payment-customer-fullname\"></a>`customer.fullName` | string | 조건부 필수 | 선택 | **구매자 전체 이름**<br>제약(PC): 다음 중 하나를 모두 입력: `customer.fullName` 또는 `customer.firstName` + `customer.lastName` (규칙 [`customer-name`](#rule-customer-name-at-customer))<br>비고: fullName 혹은 firstName + lastName |\n"))
        #expect(page.contains("| <a id=\"payment-customer-address-addressline1\"></a>`customer.address.addressLine1` | string | 필수 | 필수 | **주소 첫째 줄** |\n"))
        #expect(page.contains("| <a id=\"payment-offerperiod-range-from\"></a>`offerPeriod.range.from` | date-time (RFC 3339) | 필수 | 필수 | **시작** |\n"))
    }

    @Test func arrayElementFieldsFollowTheArrayName() {
        #expect(output["Docs/payment.md"].contains("| <a id=\"payment-items-vatamount\"></a>`items.vatAmount` | integer | 선택 | 선택 | **부가세**<br>별도 계약 필요: [부가세 및 비과세 금액 직접 설정](contracts.md#contract-vat-tax-free)<br>가이드와 다름: 가이드 `vat`, 포트원 `vatAmount` — 가이드는 vat라고 씁니다. |\n"))
    }

    @Test func requirementCellsSayWhenAPlatformDoesNotApply() {
        #expect(output["Docs/payment.md"].contains("`P_CARD_OPTION` | string | - | 선택 |"))
        #expect(output["Docs/payment-schedule.md"].contains("`memo` | string | 무시됨 |"))
    }

    @Test func tableCellsEscapePipesAndHTML() {
        let page = output["Docs/payment.md"]
        #expect(page.contains("| **국가 \\| 통화** |"))
        #expect(page.contains(#"\<script\>alert(1)\</script\>"#))
        // Raw HTML survives only inside code spans (where it is literal).
        #expect(page.contains("비고: 끝 \\*/ /\\* \"\"\" \\\\(x)"))
        for line in page.split(separator: "\n") where line.hasPrefix("| <a id=\"payment-") {
            // Five columns: six unescaped pipes.
            let unescaped = zip(line, line.dropFirst()).filter { $1 == "|" && $0 != "\\" }.count + 1
            #expect(unescaped == 6, "\(line)")
        }
    }

    @Test func enumSectionsListInicisSupport() {
        let page = output["Docs/payment.md"]
        #expect(page.contains("### <a id=\"enum-currency\"></a>Currency\n\n결제 통화\n\n접두사 별칭: `CURRENCY_`를 붙인 값(예: `CURRENCY_KRW`)도 받으며, 정식 값으로 읽습니다.\n\n이니시스 지원 값: `KRW`, `USD`\n\n이니시스 미지원 값: `EUR`\n"))
        #expect(page.contains("| `KRW` | 원화 | 지원 |\n| `USD` | 미국 달러 | 지원 |\n| `EUR` | 유로<br>가이드와 다름: 가이드 `EURO\\|€`, 포트원 `EUR` — "))
        #expect(page.contains("| `False` |   | 명시 없음 |"))
    }

    @Test func rulesShowAbsolutePathsAndTheirSource() {
        let page = output["Docs/payment.md"]
        #expect(page.contains("| <a id=\"rule-customer-name-at-customer\"></a>`customer-name` | PC | 다음 중 하나를 모두 입력: `customer.fullName` 또는 `customer.firstName` + `customer.lastName` | 이니시스의 경우 fullName 혹은 (firstName + lastName)을 필수로 입력해야 합니다. |\n"))
        #expect(page.contains("| <a id=\"rule-currency-usd-card-only\"></a>`currency-usd-card-only` | 전체 | 조건 `payMethod` ≠ `CARD`: `currency` 허용 값: `KRW` | USD는 카드 결제일 경우에만 \\| 지정 가능합니다. |\n"))
    }

    @Test func differencesAreListedWithLinksToTheirRows() {
        let page = output["Docs/payment.md"]
        #expect(page.contains("| 위치 | 가이드 | 포트원 | 설명 |\n| --- | --- | --- | --- |\n| [`items.vatAmount`](#payment-items-vatamount) | `vat` | `vatAmount` | 가이드는 vat라고 씁니다. |\n"))
        // Objects and enum values differ too; the page says where.
        #expect(page.contains("| 객체 [`Customer`](#object-customer) | `customer \\| 고객` | `<customer>` | 객체 차이 \\*강조 아님\\* |\n"))
        #expect(page.contains("| 열거형 [`Currency`](#enum-currency) 값 `EUR` | `EURO\\|€` | `EUR` |"))
        // differences.md has the same rows, linked to the operation page.
        let all = output["Docs/differences.md"]
        #expect(all.contains("## [SDK 결제 요청하기](payment.md)\n\n| 위치 | 가이드 | 포트원 | 설명 |\n| --- | --- | --- | --- |\n| [`items.vatAmount`](payment.md#payment-items-vatamount) | `vat` | `vatAmount` |"))
        #expect(all.contains("| 객체 [`Customer`](payment.md#object-customer) |"))
        // Differences that no operation table shows: an example's.
        #expect(all.contains("## 그 밖의 차이\n\n| 위치 | 가이드 | 포트원 | 설명 |\n| --- | --- | --- | --- |\n| 예시 [`counter`](payment.md#example-counter) |"))
    }

    @Test func examplesUseAFenceLongerThanTheirBackticks() {
        #expect(output["Docs/payment.md"].contains("````json\n{\n  \"storeId\": \"store-```-1\"\n}\n````\n"))
    }

    @Test func restPageShowsTheCallAndPathParameters() {
        let page = output["Docs/payment-schedule.md"]
        #expect(page.contains("- REST API: `POST /payments/{paymentId}/schedule`\n"))
        #expect(page.contains("| 이름 | 타입 | API | 설명 / 비고 |\n"))
        #expect(page.contains("| <a id=\"payment-schedule-path-paymentid\"></a>`paymentId` | string | 필수 | **결제 건 아이디** |\n"))
    }

    @Test func indexLinksEveryPage() {
        let index = output["Docs/README.md"]
        #expect(index.hasPrefix("<!-- Generated by inicis-codegen from schema/inicis-v2.xml. DO NOT EDIT. -->\n\n# 샘플 스키마 \\| \\<b\\>\n"))
        #expect(index.contains("| [SDK 결제 요청하기](payment.md) | `payment` | `requestPayment` |\n"))
        #expect(index.contains("| [결제 예약](payment-schedule.md) | `payment-schedule` | `POST /payments/{paymentId}/schedule` |\n"))
        #expect(index.contains("- [별도 계약이 필요한 기능](contracts.md)\n"))
        #expect(index.contains("### 결제창 일반 결제 (`payMethod`)\n\n| 값 | 결제수단 |\n| --- | --- |\n| `CARD` | 카드 |\n\n적용: [SDK 결제 요청하기](payment.md)\n"))
    }

    @Test func contractsPageLinksTheFieldsThatNeedIt() {
        #expect(output["Docs/contracts.md"].contains("## <a id=\"contract-vat-tax-free\"></a>부가세 및 비과세 금액 직접 설정\n"))
        let page = output["Docs/contracts.md"]
        #expect(page.contains("| [SDK 결제 요청하기](payment.md) | [`items.vatAmount`](payment.md#payment-items-vatamount) | 필드 | 값을 지정하면 |\n"))
        // A needs-contract rule counts, with its condition.
        #expect(page.contains("| [결제 예약](payment-schedule.md) | [`memo`](payment-schedule.md#payment-schedule-memo) | 규칙 [`memo-contract`](payment-schedule.md#rule-memo-contract) | 조건 `timeToPay` 있음 |\n"))
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

    @Test func typesLinkToTheirObjectSections() {
        let page = output["Docs/payment.md"]
        #expect(page.contains("`customer` | object [Customer](#object-customer) |"))
        #expect(page.contains("`items` | object [Item](#object-item) 배열 |"))
        #expect(page.contains("`offerPeriod` | one-of [OfferPeriod](#object-offerperiod) |"))
        #expect(page.contains("### <a id=\"object-customer\"></a>Customer\n\n- Swift: `Customer`\n- 위치: [`customer`](#payment-customer)\n\n고객 정보\n"))
        #expect(page.contains("필드:\n\n- [`customer.fullName`](#payment-customer-fullname)\n- [`customer.phoneNumber`](#payment-customer-phonenumber)\n"))
    }

    @Test func examplesSayWhatTheValidatorReports() {
        let page = output["Docs/payment.md"]
        #expect(page.contains("### <a id=\"example-guide\"></a>가이드 예시\n\n`guide` · PC\n\n**검증 통과** — "))
        #expect(page.contains("`counter` · 모바일\n\n**반례: 검증 시 보고되는 문제 (오류 1건, 경고 2건)** — "))
        #expect(page.contains("| 경로 | 심각도 | 코드 |\n| --- | --- | --- |\n| [`currency`](#payment-currency) | 오류 | [`currency-usd-card-only`](#rule-currency-usd-card-only) |\n| [`items[0].vatAmount`](#payment-items-vatamount) | 경고 | `contract-required` |\n| ``a\\|b`c<i>`` | 경고 | `x\\|y` |\n"))
    }

    @Test func requirednessMatrixHasEveryFieldOnEveryPlatform() {
        let page = output["Docs/requiredness.md"]
        #expect(page.contains("| 경로 | PC | 모바일 | API |\n| --- | --- | --- | --- |\n| [`storeId`](payment.md#payment-storeid) | 필수 | 필수 | - |\n| [`P_CARD_OPTION`](payment.md#payment-p-card-option) | - | 선택 | - |\n"))
        #expect(page.contains("| [`paymentId`](payment-schedule.md#payment-schedule-path-paymentid) (경로 파라미터) | - | - | 필수 |\n| [`timeToPay`](payment-schedule.md#payment-schedule-timetopay) | - | - | 필수 |\n| [`memo`](payment-schedule.md#payment-schedule-memo) | - | - | 무시됨 |\n"))
        for operation in SampleSchema.schema.operations {
            for row in OperationFields(operation: operation, schema: SampleSchema.schema).rows {
                #expect(page.contains("[" + MarkdownText.code(row.path) + "](" + operation.id + ".md#"), "\(operation.id) \(row.path)")
            }
        }
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
}
