import InicisSchema

/// `Docs/README.md`: what the pages are for and where to start, every page with what it holds,
/// what to know before starting, and how the pages write things (terms, the guide's typos,
/// anchors).
struct IndexPage {
    let site: DocsSite

    private var schema: Schema { site.schema }
    private var prose: Prose { site.prose }

    func file() -> GeneratedFile {
        var printer = MarkdownPrinter()
        printer.heading(1, prose.inline(schema.title, inTable: false))
        if let summary = schema.documentation.summary { printer.block(prose.paragraph(summary)) }
        if let description = schema.documentation.description { printer.block(prose.paragraph(description)) }
        printStart(into: &printer)
        printReference(into: &printer)
        if !schema.documentation.notes.isEmpty {
            printer.heading(2, "시작하기 전에")
            printer.list(schema.documentation.notes.map { note in
                (note.title.map { "**" + prose.inline($0, inTable: false) + "** " } ?? "") + NoteText.inline(note, prose: prose, inTable: false)
            })
        }
        printConventions(into: &printer)
        return printer.file(path: "Docs/" + PageLinks.index)
    }

    /// Each operation with what it does and how it is called, SDK first.
    private func printStart(into printer: inout MarkdownPrinter) {
        printer.heading(2, "어디서 시작할까요")
        printer.block("하려는 일에 맞는 연동 페이지를 여세요. 연동 페이지는 빠른 시작(그대로 보낼 수 있는 가장 작은 요청과 그 요청을 만드는 Swift 코드)으로 시작하고, 유의사항, 필드, 값, 규칙, 예시가 뒤따릅니다.")
        for (kind, title) in [(Operation.Kind.sdk, "결제창 (브라우저 SDK)"), (.rest, "서버 (REST API)")] {
            let contexts = site.operations.filter { $0.operation.kind == kind }
            guard !contexts.isEmpty else { continue }
            printer.heading(3, title)
            printer.table(["페이지", "하는 일", "호출"], contexts.map { context in
                let call = switch kind {
                case .sdk: MarkdownText.code(context.operation.function ?? context.operation.id)
                case .rest: MarkdownText.code((context.operation.httpMethod ?? "") + " " + (context.operation.path ?? ""))
                }
                return [context.pageLink, prose.inline(context.operation.documentation.description ?? ""), call]
            })
        }
    }

    private func printReference(into printer: inout MarkdownPrinter) {
        printer.heading(2, "참조 페이지")
        var items = [
            MarkdownText.link("플랫폼별 필수 여부", to: PageLinks.requiredness) + ": 연동마다 PC, 모바일, API에서 꼭 보내야 하거나 보내도 효과가 없는 필드를 한 표로 봅니다.",
        ]
        if !schema.contracts.isEmpty {
            items.append(MarkdownText.link("별도 계약이 필요한 기능", to: PageLinks.contracts) + ": KG이니시스와 따로 계약해야 쓸 수 있는 기능과, 그 기능을 쓰는 필드와 옵션입니다.")
        }
        if !schema.grammars.isEmpty {
            items.append(MarkdownText.link("bypass 옵션", to: PageLinks.bypass) + ": " + MarkdownText.code("bypass.inicis_v2", inTable: false) + " 옵션 문자열의 문법과, 그 문자열을 만드는 Swift 빌더입니다.")
        }
        items.append(MarkdownText.link("검증기 문제 코드", to: PageLinks.issueCodes) + ": 검증기가 알려 주는 문제 코드의 뜻과 할 일입니다.")
        items.append(MarkdownText.link("가이드와 포트원 스키마의 차이", to: PageLinks.differences) + ": KG이니시스 연동 가이드와 포트원의 실제 요청 형식이 다른 곳, 그리고 포트원의 현행 가이드가 그중 무엇을 고쳤는지입니다.")
        printer.list(items)
    }

    private func printConventions(into printer: inout MarkdownPrinter) {
        printer.heading(2, "이 문서의 표기")
        printer.list([
            "용어: 결제대행사(PG)는 KG이니시스, 결제 서비스는 포트원, 포트원 계정의 상점을 식별하는 값(" + MarkdownText.code("storeId", inTable: false) + ")은 상점 아이디, 포트원으로 결제를 받는 쪽은 고객사, 요청을 검사하는 도구는 검증기, 무엇을 가리키는 고유한 값(ID)은 아이디라고 씁니다.",
            "가이드의 오타: 잘못 쓴 값, 이름, 형식은 이 문서에서 고쳐 쓰고, 원문은 " + MarkdownText.link("가이드와 포트원 스키마의 차이", to: PageLinks.differences + "#" + DifferencesPage.wordingAnchor) + "에 기록합니다. 가이드 예시를 그대로 옮긴 반례만 원문을 보여 줍니다.",
            "필수 여부: **필수**는 반드시 보냅니다. **상위 객체를 보낼 때 필수**는 그 필드를 담은 객체를 보낼 때만 필수입니다. **무시됨**과 **미지원**은 보내도 효과가 없습니다.",
        ])
        printer.heading(3, "링크 앵커")
        printer.block("모든 필드와 절에는 고정 앵커가 있어, 페이지를 다시 생성해도 바깥에서 건 링크가 그대로 이어집니다. 앵커는 스키마의 아이디와 필드 경로로만 만듭니다. 영문 대문자는 소문자로, 영문자와 숫자가 아닌 문자는 " + MarkdownText.code("-", inTable: false) + "로 바꿉니다.")
        let first = site.operations.first { $0.operation.kind == .sdk } ?? site.operations.first
        let rest = site.operations.first { $0.operation.kind == .rest }
        var rows: [[String]] = []
        if let first {
            let example = first.fields.rows.first { $0.components.count > 1 } ?? first.fields.rows.first
            if let example, let anchor = first.anchors.row(example.path) { rows.append(["필드", MarkdownText.code("<연동 아이디>-<전체 경로>"), MarkdownText.code(first.page + "#" + anchor)]) }
        }
        if let rest, let parameter = rest.anchors.pathParameters.first {
            rows.append(["경로 파라미터", MarkdownText.code("<연동 아이디>-path-<이름>"), MarkdownText.code(rest.page + "#" + parameter)])
        }
        if let first {
            if let objectID = first.fields.occurrences.dropFirst().first?.object.id, let anchor = first.anchors.object(objectID) {
                rows.append(["객체 (그 객체를 담은 필드)", MarkdownText.code("object-<객체 아이디>"), MarkdownText.code(first.page + "#" + anchor)])
            }
            if let enumID = first.enumIDs.first, let anchor = first.anchors.enumSection(enumID) {
                rows.append(["열거형 (값)", MarkdownText.code("enum-<열거형 아이디>"), MarkdownText.code(first.page + "#" + anchor)])
            }
            if let placed = first.rules.placed.first(where: { !$0.components.isEmpty }) ?? first.rules.placed.first, let anchor = first.anchors.rule(placed) {
                rows.append(["규칙", MarkdownText.code("rule-<규칙 아이디>") + ", 객체의 규칙은 " + MarkdownText.code("rule-<규칙 아이디>-at-<객체 경로>"), MarkdownText.code(first.page + "#" + anchor)])
            }
            if let example = first.operation.examples.first, let anchor = first.anchors.example(example.id) {
                rows.append(["예시와 빠른 시작", MarkdownText.code("example-<예시 아이디>"), MarkdownText.code(first.page + "#" + anchor)])
            }
        }
        if let contract = schema.contracts.first {
            rows.append(["별도 계약", MarkdownText.code("contract-<계약 아이디>"), MarkdownText.code(PageLinks.contracts + "#" + PageLinks.contractAnchor(contract.id))])
        }
        if let first {
            rows.append(["필수 여부 표", MarkdownText.code("requiredness-<연동 아이디>"), MarkdownText.code(PageLinks.requiredness + "#" + PageLinks.requirednessAnchor(first.operation))])
        }
        if let code = IssueCodesPage.entries.first {
            rows.append(["검증기 코드", MarkdownText.code("code-<코드>"), MarkdownText.code(PageLinks.issueCodes + "#" + PageLinks.issueCodeAnchor(code.code))])
        }
        printer.table(["대상", "앵커", "예"], rows)
        printer.block("같은 페이지에서 두 대상이 같은 앵커가 되면 뒤의 것에 " + MarkdownText.code("-2", inTable: false) + ", " + MarkdownText.code("-3", inTable: false)
            + "을 붙입니다. 필드 앵커를 가장 먼저 정하므로 규칙이나 예시가 늘어도 필드 앵커는 바뀌지 않습니다.")
    }
}
