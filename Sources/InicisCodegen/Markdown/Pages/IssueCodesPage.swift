import InicisSchema

/// `Docs/issue-codes.md`: what each code of the validator's issues means and what to do about
/// it; then the codes that are rule ids, linked to their rules. Every page that shows a code
/// links here.
struct IssueCodesPage {
    let site: DocsSite

    /// One code of the validator (`Inicis.ValidationIssue.Code`), explained.
    struct Entry: Sendable {
        let code: String
        let severity: Severity
        let meaning: String
        let remedy: String
    }

    static let ruleCodesAnchor = "rule-codes"

    /// The validator's own codes, in the order `Inicis.ValidationIssue.Code` declares them; a
    /// test keeps the two lists the same.
    static let entries: [Entry] = [
        Entry(code: "missing-required", severity: .error,
              meaning: "이 플랫폼에서 필수인 필드가 요청에 없거나 null입니다. 필드를 담은 객체를 보냈다면 그 안의 필수 필드도 함께 보내야 합니다.",
              remedy: "연동 페이지의 필드 표에서 필수 여부를 확인하고 값을 넣습니다."),
        Entry(code: "unknown-key", severity: .warning,
              meaning: "요청에 없는 키입니다. 포트원이 모르는 키라서 보내도 효과가 없습니다.",
              remedy: "철자를 확인합니다. 비슷한 키가 있으면 메시지가 알려 줍니다."),
        Entry(code: "duplicate-key", severity: .error,
              meaning: "같은 객체에 같은 키가 두 번 이상 나옵니다. 포트원과 검증기가 서로 다른 값을 읽을 수 있습니다.",
              remedy: "키를 하나만 남깁니다."),
        Entry(code: "wrong-type", severity: .error,
              meaning: "값의 JSON 타입이 틀렸습니다. 예를 들어 정수 자리에 문자열이 있습니다.",
              remedy: "필드 표의 타입대로 보냅니다. 금액은 따옴표 없는 정수입니다."),
        Entry(code: "invalid-enum-value", severity: .error,
              meaning: "열거형에 없는 값입니다.",
              remedy: "연동 페이지의 값 목록에서 보낼 값을 고릅니다."),
        Entry(code: "invalid-format", severity: .error,
              meaning: "날짜·시각 필드의 값이 RFC 3339 형식이 아닙니다.",
              remedy: "2024-11-12T00:00:00+09:00처럼 시간대까지 적습니다."),
        Entry(code: "one-of", severity: .error,
              meaning: "여러 필드 중 정확히 하나만 있어야 하는 객체에 필드가 없거나 둘 이상입니다.",
              remedy: "필드 표의 설명에 적힌 필드 중 하나만 보냅니다."),
        Entry(code: "ignored-parameter", severity: .warning,
              meaning: "KG이니시스가 처리하지 않는 파라미터입니다. 보내도 결제에 아무 영향이 없습니다.",
              remedy: "필드를 빼거나, 유의사항에 적힌 대신 쓸 파라미터를 씁니다."),
        Entry(code: "unsupported-on-platform", severity: .warning,
              meaning: "이 플랫폼에서는 지원하지 않는 파라미터입니다. 예를 들어 PC 결제에 모바일용 bypass 파라미터를 넣었습니다.",
              remedy: "요청을 보내는 플랫폼에 맞는 파라미터만 보냅니다."),
        Entry(code: "removed-parameter", severity: .warning,
              meaning: "포트원 SDK에서 삭제된 파라미터입니다. 보내도 전달되지 않습니다.",
              remedy: "필드를 뺍니다."),
        Entry(code: "contract-required", severity: .warning,
              meaning: "KG이니시스와 별도 계약을 맺어야 쓸 수 있는 기능입니다. 계약 없이 쓰면 결제 승인이 실패하거나 의도와 다른 결과가 나올 수 있습니다.",
              remedy: "계약했다면 검증할 때 그 계약을 알려 줍니다(Swift에서는 contracts 인자, 명령줄에서는 --contract). 계약하지 않았다면 필드를 뺍니다."),
        Entry(code: "grammar-error", severity: .error,
              meaning: "bypass 옵션 문자열이 문법에 맞지 않습니다. 메시지가 틀린 위치와 그 자리에 와야 할 것을 알려 줍니다.",
              remedy: "bypass 옵션 페이지의 문법대로 쓰거나, Swift의 타입이 있는 빌더로 만듭니다."),
        Entry(code: "platform-mismatch", severity: .error,
              meaning: "이 연동을 보내지 않는 플랫폼으로 검증했습니다. SDK 연동은 PC와 모바일, REST API는 서버에서 보냅니다.",
              remedy: "요청을 보내는 플랫폼으로 다시 검증합니다."),
    ]

    func file() -> GeneratedFile {
        var printer = MarkdownPrinter()
        printer.heading(1, "검증기 문제 코드")
        printer.block(PageLinks.backToIndex)
        printer.block("검증기는 요청의 모든 문제를 경로 순서로 알려 줍니다. 문제마다 경로(" + MarkdownText.code("customer.email", inTable: false)
            + "), 심각도, 코드, 한국어 메시지가 있습니다. **오류**는 포트원이나 KG이니시스가 거절할 요청이고, **경고**는 효과가 없거나 별도 계약이 필요한 요청입니다. 코드는 바뀌지 않는 문자열이므로 프로그램에서 비교해도 됩니다.")
        printer.heading(2, "검증기 코드")
        for entry in Self.entries {
            printer.heading(3, MarkdownText.code(entry.code, inTable: false), anchor: PageLinks.issueCodeAnchor(entry.code))
            printer.list([
                "심각도: " + KoreanLabels.severity(entry.severity),
                "뜻: " + entry.meaning,
                "할 일: " + entry.remedy,
            ])
        }
        printer.heading(2, "규칙 코드", anchor: Self.ruleCodesAnchor)
        printer.block("KG이니시스의 규칙을 어기면 규칙 아이디가 코드가 됩니다. 규칙의 내용과 가이드의 문장은 각 연동 페이지의 규칙 표에 있습니다.")
        printer.table(["코드", "심각도", "연동"], ruleRows)
        return printer.file(path: "Docs/" + PageLinks.issueCodes)
    }

    /// Each rule id once, with the operations whose pages have it.
    private var ruleRows: [[String]] {
        var order: [String] = []
        var places: [String: [String]] = [:]
        var severities: [String: String] = [:]
        for context in site.operations {
            for placed in context.rules.placed {
                if places[placed.rule.id] == nil { order.append(placed.rule.id) }
                severities[placed.rule.id] = RuleSection.severity(of: placed.rule)
                guard let anchor = context.anchors.rule(placed), !(places[placed.rule.id] ?? []).contains(where: { $0.hasPrefix("[" + MarkdownText.inline(context.title) + "]") }) else { continue }
                places[placed.rule.id, default: []].append(MarkdownText.link(context.title, to: context.target(anchor, in: .rules, from: nil)))
            }
        }
        return order.map { id in [MarkdownText.code(id), severities[id] ?? "", (places[id] ?? []).joined(separator: ", ")] }
    }
}
