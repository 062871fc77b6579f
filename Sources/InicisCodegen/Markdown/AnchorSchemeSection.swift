/// The index page's account of the anchors, for writers who link into the pages from outside.
/// It describes `Links` and `OperationAnchors`; change them together.
enum AnchorSchemeSection {
    static func add(to page: inout MarkdownPage) {
        page.add("## 링크 앵커")
        page.add("모든 필드와 절에는 고정 앵커가 있어, 페이지를 다시 생성해도 바깥에서 건 링크가 그대로 이어집니다. 앵커는 스키마의 아이디와 필드 경로로만 만듭니다. 영문 대문자는 소문자로, 영문자와 숫자가 아닌 문자는 `-`로 바꿉니다.")
        page.addTable(header: ["대상", "앵커", "예"], rows: [
            ["필드", "`<연동 아이디>-<전체 경로>`", "`payment.md#payment-customer-fullname`"],
            ["경로 파라미터", "`<연동 아이디>-path-<이름>`", "`instant-payment.md#instant-payment-path-paymentid`"],
            ["객체", "`object-<객체 아이디>`", "`payment.md#object-customer`"],
            ["열거형", "`enum-<열거형 아이디>`", "`payment.md#enum-currency`"],
            ["규칙", "`rule-<규칙 아이디>`, 객체의 규칙은 `rule-<규칙 아이디>-at-<객체 경로>`", "`payment.md#rule-customer-name-at-customer`"],
            ["예시", "`example-<예시 아이디>`", "`payment.md#example-guide-request-payment`"],
            ["별도 계약", "`contract-<계약 아이디>`", "`contracts.md#contract-vat-tax-free`"],
            ["필수 여부 표", "`requiredness-<연동 아이디>`", "`requiredness.md#requiredness-payment`"],
        ])
        page.add("같은 페이지에서 두 대상이 같은 앵커가 되면 뒤의 것에 `-2`, `-3`을 붙입니다. 필드 앵커를 가장 먼저 정하므로 규칙이나 예시가 늘어도 필드 앵커는 바뀌지 않습니다.")
    }
}
