import InicisSchema

/// `Docs/requiredness.md`: the requiredness matrix. Every field of every operation by its full
/// path, with one cell for PC, mobile and API each, linked to the field's row.
struct RequirednessPage {
    let schema: Schema
    let operations: [OperationContext]

    func file() -> GeneratedFile {
        // About 110 bytes per row of the matrix.
        var page = MarkdownPage(capacity: 8 * 1024 + operations.reduce(0) { $0 + $1.fields.rows.count } * 160)
        page.add("# 플랫폼별 필수 여부")
        page.add("[← 목록](\(Links.indexPage))")
        page.add("모든 연동의 모든 필드를 전체 경로로 적고, PC 결제, 모바일 결제, REST API에서의 필수 여부를 보여 줍니다. 필수 여부는 상위 객체가 있을 때를 기준으로 합니다. 경로를 누르면 연동 페이지의 필드 설명으로 갑니다.")
        page.add(legend())
        page.add("연동:")
        page.addLines { list in
            for context in operations {
                list.add("- [", MarkdownText.Inline(context.title), "](#", Links.requirednessAnchor(context.operation), ")")
            }
        }
        for context in operations {
            add(context, to: &page)
        }
        return page.file(path: "Docs/" + Links.requirednessPage)
    }

    private func legend() -> [String] {
        [
            "- 필수: 상위 객체가 있으면 반드시 입력합니다.",
            "- 조건부 필수: 다른 필드와 묶여서(예: `fullName` 또는 `firstName` + `lastName`) 또는 조건에 따라 필수입니다. 조건은 필드 설명의 제약에 있습니다.",
            "- 선택: 입력하지 않아도 됩니다.",
            "- 무시됨: 받기는 하지만 이니시스가 사용하지 않습니다.",
            "- 미지원: 이 플랫폼에서는 지원하지 않아 효과가 없습니다.",
            "- \\-: 해당 없음(SDK 필드의 API 칸, REST 필드의 PC·모바일 칸).",
        ]
    }

    private func add(_ context: OperationContext, to page: inout MarkdownPage) {
        let operation = context.operation
        page.add("## ", AnchorTag(anchor: Links.requirednessAnchor(operation)), MarkdownText.Inline(context.title))
        page.add(context.pageLink, " · ", MarkdownText.Code(operation.id, inTable: false))
        page.addTable(header: ["경로"] + Platform.allCases.map(KoreanLabels.platform)) { table in
            for (parameter, anchor) in zip(operation.pathParameters, context.anchors.pathParameters) {
                table.addRow { row in
                    row.add(CodeLink(text: parameter.wireName, target: context.target(anchor, onPage: false)), " (경로 파라미터)")
                    addCells(parameter.requirements, kind: operation.kind, to: &row)
                }
            }
            // By index: iterating the rows would copy each `FieldRow`.
            let rows = context.fields.rows
            for index in rows.indices {
                table.addRow { row in
                    row.add(CodeLink(text: rows[index].path, target: context.target(context.anchors.rows[index], onPage: false)))
                    addCells(rows[index].field.requirements, kind: operation.kind, to: &row)
                }
            }
        }
    }

    private func addCells(_ requirements: PlatformRequirements, kind: Operation.Kind, to row: inout MarkdownRow) {
        for platform in Platform.allCases {
            row.add(KoreanLabels.requirement(of: requirements, on: platform, kind: kind))
        }
    }
}
