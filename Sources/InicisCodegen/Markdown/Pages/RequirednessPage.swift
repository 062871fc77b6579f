import InicisSchema

/// `Docs/requiredness.md`: for every operation, the fields a reader must think about on each
/// platform: what must be sent, what is required only under a condition or a parent, and what
/// has no effect. Fields that are optional everywhere are left out (the operation page has them).
struct RequirednessPage {
    let site: DocsSite

    func file() -> GeneratedFile {
        var printer = MarkdownPrinter()
        printer.heading(1, "플랫폼별 필수 여부")
        printer.block(PageLinks.backToIndex)
        printer.block("연동마다 필수, 조건부 필수, 무시됨, 미지원인 필드를 PC, 모바일, API별로 모았습니다. 여기 없는 필드는 그 연동의 모든 플랫폼에서 선택입니다. 경로를 누르면 연동 페이지의 필드 설명으로 갑니다.")
        printer.list([
            "**필수**: 반드시 보냅니다.",
            "**상위 객체를 보낼 때 필수**: 그 필드를 담은 객체를 보낼 때만 필수입니다.",
            "**조건부 필수**: 연동 페이지의 규칙이 정한 경우에 필수입니다.",
            "**무시됨**: KG이니시스가 처리하지 않습니다. 보내도 효과가 없습니다.",
            "**미지원**: 이 플랫폼에서는 지원하지 않습니다. 보내도 효과가 없습니다.",
        ])
        for context in site.operations {
            print(context, into: &printer)
        }
        return printer.file(path: "Docs/" + PageLinks.requiredness)
    }

    private func print(_ context: OperationContext, into printer: inout MarkdownPrinter) {
        printer.heading(2, context.pageLink, anchor: PageLinks.requirednessAnchor(context.operation))
        var rows: [[String]] = []
        for (parameter, anchor) in zip(context.operation.pathParameters, context.anchors.pathParameters) {
            let requirement = parameter.requirements[.api].map(PageRequirement.label(of:)) ?? PageRequirement.required.label
            rows.append([MarkdownText.codeLink("{" + parameter.wireName + "}", to: context.target(anchor, in: .fields, from: nil)) + " (경로 파라미터)"]
                + context.platforms.map { $0 == .api ? requirement : "-" })
        }
        for index in context.fields.rows.indices where context.requirements[index].values.contains(where: \.isNotable) {
            let row = context.fields.rows[index]
            rows.append([MarkdownText.codeLink(row.path, to: context.target(context.anchors.rows[index], in: .fields, from: nil))]
                + context.platforms.map { context.requirements[index][$0]?.label ?? "-" })
        }
        if rows.isEmpty {
            printer.block("모든 필드가 선택입니다.")
        } else {
            printer.table(["경로"] + context.platforms.map(KoreanLabels.platform), rows)
        }
    }
}
