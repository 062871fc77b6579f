import InicisSchema

/// `Docs/differences.md`: where the KG Inicis guide (2024) and PortOne's SDK and REST schemas
/// differ, operation by operation, and for each whether PortOne's current Inicis page has already
/// corrected it; then the guide's misspellings these pages write corrected.
struct DifferencesPage {
    let site: DocsSite

    static let wordingAnchor = "wording"
    static let otherAnchor = "other"

    private var prose: Prose { site.prose }

    func file() -> GeneratedFile {
        var printer = MarkdownPrinter()
        printer.heading(1, "가이드와 포트원 스키마의 차이")
        printer.block(PageLinks.backToIndex)
        printer.block("이 문서는 KG이니시스 연동 가이드(2024년판)를 바탕으로 씁니다. 요청의 형식(키 이름, 값, 타입)은 가이드가 아니라 포트원의 브라우저 SDK와 REST API 스키마를 따릅니다. 둘이 다른 곳을 아래에 모았습니다.")
        printer.list([
            "**현행 가이드** 열은 포트원 개발자 문서의 현재 KG이니시스 연동 가이드가 그 차이를 바로잡았는지 알려 줍니다. **고침**은 현행 가이드가 바로잡은 것, **그대로**는 현행 가이드도 2024년판과 같은 것입니다.",
            "코드와 검증기는 언제나 포트원 스키마(전송 값)를 따릅니다.",
        ])
        let byOperation = site.operations.map { ($0, DifferenceRows.rows(of: $0)) }
        let elsewhere = DifferenceRows.elsewhere(in: site.schema)
        for (context, all) in byOperation {
            let rows = all.filter { $0.difference.kind == .wire }
            printer.heading(2, context.pageLink, anchor: PageLinks.differencesAnchor(context.operation))
            if rows.isEmpty {
                printer.block("차이가 없습니다.")
            } else {
                printer.table(["위치", "가이드", "포트원", "현행 가이드", "설명"], rows.map { cells($0, context: context) })
            }
        }
        let other = elsewhere.filter { $0.difference.kind == .wire }
        if !other.isEmpty {
            printer.heading(2, "그 밖의 차이", anchor: Self.otherAnchor)
            printer.table(["위치", "가이드", "포트원", "현행 가이드", "설명"], other.map { cells($0, context: nil) })
        }
        printWording(byOperation, elsewhere: elsewhere, into: &printer)
        return printer.file(path: "Docs/" + PageLinks.differences)
    }

    /// The typo policy, and the guide's misspellings with the words these pages use instead.
    private func printWording(_ byOperation: [(OperationContext, [DifferenceRow])], elsewhere: [DifferenceRow], into printer: inout MarkdownPrinter) {
        printer.heading(2, "가이드의 오타", anchor: Self.wordingAnchor)
        printer.block("가이드의 오타(잘못 쓴 값, 이름, 형식, 맞춤법)는 이 문서에서 고쳐 쓰고, 고친 곳은 모두 여기와 위의 표에 원문과 함께 기록합니다. 가이드의 문장은 뜻을 바꾸지 않고 용어만 이 문서의 표기로 맞춰 옮깁니다(예: 결제대행사 이름은 언제나 KG이니시스로 씁니다). 가이드 예시를 그대로 옮긴 반례만 원문을 고치지 않고 보여 주며, 반례는 언제나 접혀 있습니다.")
        var rows = byOperation.flatMap { context, all in all.filter { $0.difference.kind == .wording }.map { cells($0, context: context) } }
        rows += elsewhere.filter { $0.difference.kind == .wording }.map { cells($0, context: nil) }
        var seen = Set<String>()
        rows = rows.filter { seen.insert($0.dropFirst().joined(separator: "|")).inserted }
        printer.table(["위치", "가이드 원문", "고친 표기", "현행 가이드", "설명"], rows)
    }

    private func cells(_ row: DifferenceRow, context: OperationContext?) -> [String] {
        [
            row.location,
            MarkdownText.code(row.difference.guide),
            MarkdownText.code(row.difference.wire),
            Self.currentPage(row.difference),
            prose.inline(row.difference.explanation),
        ]
    }

    static func currentPage(_ difference: GuideDifference) -> String {
        switch difference.currentPage {
        case .fixed?: "고침"
        case .kept?: "그대로"
        case nil: "-"
        }
    }
}

/// One difference with where it is, as a link into the page that shows it.
struct DifferenceRow {
    let location: String
    let difference: GuideDifference
}

enum DifferenceRows {
    /// Everything one operation's page shows: the operation, its path parameters, its field rows,
    /// its objects (once each), its enums and their values, its examples.
    static func rows(of context: OperationContext) -> [DifferenceRow] {
        var rows: [DifferenceRow] = []
        func add(_ location: String, _ documentation: Documentation) {
            rows += documentation.differences.map { DifferenceRow(location: location, difference: $0) }
        }
        add("연동 전체", context.operation.documentation)
        for (parameter, anchor) in zip(context.operation.pathParameters, context.anchors.pathParameters) {
            add(MarkdownText.codeLink("{" + parameter.wireName + "}", to: context.target(anchor, in: .fields, from: nil)) + " (경로 파라미터)", parameter.documentation)
        }
        var seen = Set<String>()
        for (row, anchor) in zip(context.fields.rows, context.anchors.rows) {
            add(MarkdownText.codeLink(row.path, to: context.target(anchor, in: .fields, from: nil)), row.field.documentation)
            if let objectID = OperationFields.objectID(in: row.field.type), seen.insert(objectID).inserted, let object = context.schema.object(objectID) {
                add(MarkdownText.codeLink(row.path, to: context.target(anchor, in: .fields, from: nil)) + " (객체 " + MarkdownText.code(objectID) + ")", object.documentation)
            }
        }
        if let body = context.schema.object(context.operation.body) {
            add("요청 객체 " + MarkdownText.code(body.id), body.documentation)
        }
        for enumType in context.enumIDs.compactMap(context.schema.enumType) {
            let section = context.anchors.enumSection(enumType.id).map { MarkdownText.codeLink(enumType.id, to: context.target($0, in: .values, from: nil)) } ?? MarkdownText.code(enumType.id)
            add("값 " + section, enumType.documentation)
            for value in enumType.values {
                add("값 " + section + "의 " + MarkdownText.code(value.wire), value.documentation)
            }
        }
        for example in context.operation.examples {
            let anchor = context.anchors.example(example.id) ?? ""
            add("예시 " + MarkdownText.link(example.documentation.summary ?? example.id, to: context.target(anchor, in: example.isQuickStart ? .quickStart : .examples, from: nil)), example.documentation)
        }
        return rows
    }

    /// Differences on what no operation page shows: the schema, contracts, bypass grammars,
    /// pay-method tables.
    static func elsewhere(in schema: Schema) -> [DifferenceRow] {
        var rows: [DifferenceRow] = []
        func add(_ location: String, _ documentation: Documentation) {
            rows += documentation.differences.map { DifferenceRow(location: location, difference: $0) }
        }
        add("문서 전체", schema.documentation)
        for contract in schema.contracts {
            add(MarkdownText.link(contract.name, to: PageLinks.contracts + "#" + PageLinks.contractAnchor(contract.id)), contract.documentation)
        }
        for grammar in schema.grammars {
            let link = MarkdownText.codeLink(grammar.id, to: PageLinks.bypass + "#" + PageLinks.grammarAnchor(grammar.id))
            add("bypass 옵션 " + link, grammar.documentation)
            for token in grammar.tokens {
                add("bypass 옵션 " + PageLinks.token(grammar.id, token.id), token.documentation)
            }
        }
        for table in schema.payMethodTables {
            add("결제수단 표 " + MarkdownText.inline(table.title), table.documentation)
        }
        return rows
    }
}
