import InicisSchema

/// `Docs/<operation-id>.md`: how to call the operation, every field by its full path with
/// per-platform requiredness, then the differences, contracts, objects, enums, rules, pay-method
/// tables and examples. Each section is its own type; this one only puts them in order.
struct OperationPage {
    let context: OperationContext
    let enumBodies: EnumSectionBodies

    private var operation: Operation { context.operation }

    func file() -> GeneratedFile {
        // The pages run from 800 to 1000 bytes per field row, enum tables included.
        var page = MarkdownPage(capacity: 16 * 1024 + context.fields.rows.count * 1024)
        page.add("# ", MarkdownText.Inline(context.title))
        page.add("[← 목록](", Links.indexPage, ") · [플랫폼별 필수 여부](", Links.requirednessPage, "#", Links.requirednessAnchor(operation), ")")
        addFacts(to: &page)
        DocumentationBlocks.add(operation.documentation, to: &page, includeSummary: false, includeDifferences: false)
        FieldTableSection(context: context).add(to: &page)
        addDifferences(to: &page)
        addContracts(to: &page)
        ObjectSection(context: context).add(to: &page)
        EnumSection(context: context, bodies: enumBodies).add(to: &page)
        RuleSection(context: context).add(to: &page)
        addPayMethodTables(to: &page)
        ExampleSection(context: context).add(to: &page)
        return page.file(path: "Docs/" + context.page)
    }

    private func addFacts(to page: inout MarkdownPage) {
        page.addLines { facts in
            facts.add("- 연동 아이디: ", MarkdownText.Code(operation.id, inTable: false))
            switch operation.kind {
            case .sdk:
                facts.add("- SDK 함수: ", MarkdownText.Code(operation.function ?? "", inTable: false))
            case .rest:
                let call = (operation.httpMethod ?? "") + " " + (operation.path ?? "")
                facts.add("- REST API: ", MarkdownText.Code(call, inTable: false))
            }
            facts.add("- 플랫폼: ", operation.kind.platforms.map(KoreanLabels.platform).joined(separator: ", "))
            let body = operation.kind == .sdk ? "요청 객체" : "요청 본문"
            let bodyName = context.schema.object(operation.body)?.swiftName ?? operation.body
            facts.add("- ", body, ": ", MarkdownText.Code(bodyName, inTable: false))
            facts.add("- Swift: ", MarkdownText.Code(SwiftNames(schema: context.schema).typeName(of: operation), inTable: false))
        }
    }

    private func addDifferences(to page: inout MarkdownPage) {
        let differences = DifferenceRows(context: context, onPage: true)
        guard !differences.isEmpty else { return }
        page.add("## 가이드와 포트원 스키마 차이")
        page.add("코드와 검사는 포트원 스키마(전송 값)를 따릅니다. 모든 연동의 차이는 [가이드와 포트원 스키마 차이](", Links.differencesPage, ")에 모여 있습니다.")
        page.addTable(header: DifferenceRows.header) { differences.add(to: &$0) }
    }

    private func addContracts(to page: inout MarkdownPage) {
        let uses = context.contractUses(onPage: true)
        guard !uses.isEmpty else { return }
        page.add("## 별도 계약")
        page.add("아래 기능은 이니시스와 별도 계약을 맺은 뒤에만 동작합니다.")
        page.addTable(header: ["계약", "대상", "종류", "적용 조건"]) { table in
            for use in uses {
                table.addRow { row in
                    row.add(ContractLink(id: use.contract, in: context.schema))
                    use.addCells(to: &row)
                }
            }
        }
    }

    private func addPayMethodTables(to page: inout MarkdownPage) {
        let tables = context.schema.payMethodTables.filter { $0.operations.contains(operation.id) }
        guard !tables.isEmpty else { return }
        page.add("## 결제수단")
        for table in tables {
            PayMethodTableSection.add(table, headingLevel: 3, to: &page)
        }
    }
}
