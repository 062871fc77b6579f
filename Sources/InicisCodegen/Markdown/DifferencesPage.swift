import InicisSchema

/// `Docs/differences.md`: every place where the guide and PortOne's schemas differ, grouped by
/// operation (its fields, objects and enums, as on its page), then whatever no operation page
/// shows (the schema, contracts, option grammars, pay-method tables).
struct DifferencesPage {
    let schema: Schema
    let operations: [OperationContext]

    func file() -> GeneratedFile {
        var page = MarkdownPage()
        page.add("# 가이드와 포트원 스키마 차이")
        page.add("[← 목록](\(Links.indexPage))")
        page.add("이니시스 연동 가이드와 포트원의 SDK·REST API 스키마가 다르게 적은 곳입니다. 코드와 검사는 포트원 스키마(전송 값)를 따르고, 가이드의 표기는 여기와 각 필드 설명에 남깁니다. 가이드의 이니시스 규칙(필수 여부, 허용 값, 별도 계약)은 가이드를 따릅니다.")
        var count = 0
        for context in operations {
            let differences = DifferenceRows(context: context, onPage: false)
            guard !differences.isEmpty else { continue }
            count += differences.rows.count
            page.add("## ", context.pageLink)
            page.addTable(header: DifferenceRows.header) { differences.add(to: &$0) }
        }
        let others = otherRows()
        if !others.isEmpty {
            count += others.count
            page.add("## 그 밖의 차이")
            page.addTable(header: DifferenceRows.header, rows: others)
        }
        if count == 0 { page.add("차이가 없습니다.") }
        return page.file(path: "Docs/" + Links.differencesPage)
    }

    /// Differences on nodes that no operation page lists.
    private func otherRows() -> [[String]] {
        var rows = schema.documentation.differences.map { ["스키마 전체"] + DifferenceRows.cells($0) }
        for contract in schema.contracts {
            let location = "계약 [" + MarkdownText.inline(contract.name) + "](" + Links.contractsPage + "#" + Links.contractAnchor(contract.id) + ")"
            rows += contract.documentation.differences.map { [location] + DifferenceRows.cells($0) }
        }
        for grammar in schema.grammars {
            rows += grammar.documentation.differences.map { ["옵션 문법 " + MarkdownText.code(grammar.id)] + DifferenceRows.cells($0) }
            for token in grammar.tokens {
                let location = "옵션 문법 " + MarkdownText.code(grammar.id) + " 옵션 " + MarkdownText.code(token.id)
                rows += token.documentation.differences.map { [location] + DifferenceRows.cells($0) }
            }
        }
        for table in schema.payMethodTables {
            rows += table.documentation.differences.map { ["결제수단 표 " + MarkdownText.inline(table.title)] + DifferenceRows.cells($0) }
        }
        for context in operations {
            for example in context.operation.examples {
                let anchor = context.anchors.example(example.id) ?? Links.exampleAnchor(example.id)
                let location = "예시 " + CodeLink(text: example.id, target: context.target(anchor, onPage: false)).rendered
                rows += example.documentation.differences.map { [location] + DifferenceRows.cells($0) }
            }
        }
        return rows + unreachedEnumRows()
    }

    /// Enums that no operation's fields use (a grammar's value list) have no page section.
    private func unreachedEnumRows() -> [[String]] {
        let used = Set(operations.flatMap { $0.enumIDs })
        var rows: [[String]] = []
        for enumType in schema.enums where !used.contains(enumType.id) {
            let location = "열거형 " + MarkdownText.code(enumType.id)
            rows += enumType.documentation.differences.map { [location] + DifferenceRows.cells($0) }
            for value in enumType.values {
                let valueLocation: String = location + " 값 " + MarkdownText.code(value.wire)
                rows += value.documentation.differences.map { [valueLocation] + DifferenceRows.cells($0) }
            }
        }
        return rows
    }
}
