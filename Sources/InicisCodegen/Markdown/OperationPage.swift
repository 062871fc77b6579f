import InicisSchema

/// `Docs/<operation-id>.md`: how to call the operation, every field by its full path with
/// per-platform requiredness, then the enums, rules, differences, contracts and examples.
struct OperationPage {
    let operation: Operation
    let schema: Schema

    private var fields: OperationFields { OperationFields(operation: operation, schema: schema) }

    func file() -> GeneratedFile {
        var page = MarkdownPage()
        let fields = self.fields
        var anchors = AnchorSet()
        let rowAnchors = fields.rows.map { anchors.claim(operation.id, $0.path) }

        page.add("# " + MarkdownText.inline(operation.documentation.summary ?? operation.id))
        page.add("[← 목록](\(Links.indexPage))")
        page.add(facts())
        DocumentationBlocks.add(operation.documentation, to: &page, includeSummary: false)
        addPathParameters(to: &page, anchors: &anchors)
        addFieldTable(fields, anchors: rowAnchors, to: &page)
        addDifferences(fields, anchors: rowAnchors, to: &page)
        addContracts(fields, to: &page)
        addEnums(fields, to: &page)
        addRules(fields, to: &page)
        addPayMethodTables(to: &page)
        addExamples(to: &page)
        return page.file(path: "Docs/" + Links.operationPage(operation))
    }

    // MARK: Header

    private func facts() -> [String] {
        var facts = ["- 연동 아이디: " + MarkdownText.code(operation.id, inTable: false)]
        switch operation.kind {
        case .sdk:
            facts.append("- SDK 함수: " + MarkdownText.code(operation.function ?? "", inTable: false))
        case .rest:
            let call = (operation.httpMethod ?? "") + " " + (operation.path ?? "")
            facts.append("- REST API: " + MarkdownText.code(call, inTable: false))
        }
        facts.append("- 플랫폼: " + operation.kind.platforms.map(KoreanLabels.platform).joined(separator: ", "))
        let body = operation.kind == .sdk ? "요청 객체" : "요청 본문"
        facts.append("- \(body): " + MarkdownText.code(schema.object(operation.body)?.swiftName ?? operation.body, inTable: false))
        facts.append("- Swift: " + MarkdownText.code(SwiftTypeName.operation(operation), inTable: false))
        return facts
    }

    // MARK: Fields

    private var platforms: [Platform] { operation.kind.platforms }

    private func addPathParameters(to page: inout MarkdownPage, anchors: inout AnchorSet) {
        guard !operation.pathParameters.isEmpty else { return }
        page.add("## 경로 파라미터")
        let rows = operation.pathParameters.map { parameter in
            let anchor = anchors.claim(operation.id, "path", parameter.wireName)
            return ["<a id=\"\(anchor)\"></a>" + MarkdownText.code(parameter.wireName), typeLabel(parameter.type)]
                + platforms.map { KoreanLabels.requirement(of: parameter.requirements, on: $0) }
                + [description(of: parameter)]
        }
        page.addTable(header: ["이름", "타입"] + platforms.map(KoreanLabels.platform) + ["설명 / 비고"], rows: rows)
    }

    private func addFieldTable(_ fields: OperationFields, anchors: [String], to page: inout MarkdownPage) {
        page.add(operation.kind == .sdk ? "## 요청 필드" : "## 요청 본문 필드")
        var intro = "필수 여부는 상위 객체가 있을 때를 기준으로 합니다."
        // Show the convention with a real path of this page, when it has one.
        if let array = fields.rows.first(where: \.isArray),
           let element = fields.rows.first(where: { $0.isNested(under: array) }) {
            intro += " 배열 요소의 필드는 배열 이름 뒤에 이어 씁니다(" + MarkdownText.code(element.path, inTable: false) + ")."
        }
        page.add(intro)
        let rows = zip(fields.rows, anchors).map { row, anchor in
            ["<a id=\"\(anchor)\"></a>" + MarkdownText.code(row.path), typeLabel(row.field.type)]
                + platforms.map { KoreanLabels.requirement(of: row.field.requirements, on: $0) }
                + [description(of: row.field, in: row.parent)]
        }
        page.addTable(header: ["경로", "타입"] + platforms.map(KoreanLabels.platform) + ["설명 / 비고"], rows: rows)
    }

    /// string, integer, … ; enums link to their section below.
    private func typeLabel(_ type: FieldType) -> String {
        switch type {
        case .string: "string"
        case .integer: "integer"
        case .boolean: "boolean"
        case .dateTime: "date-time (RFC 3339)"
        case .enumeration(let id): "enum [" + MarkdownText.inline(id) + "](#" + Links.enumAnchor(id) + ")"
        case .object(let id): "object " + MarkdownText.code(id)
        case .oneOf(let id): "one-of " + MarkdownText.code(id)
        case .array(let element): "array of " + typeLabel(element)
        }
    }

    /// The description cell: summary in bold, description, notes, contract, grammar, removal,
    /// guide differences; one item per line.
    private func description(of field: Field, in parent: ObjectType? = nil) -> String {
        let documentation = field.documentation
        var parts: [String] = []
        if let summary = documentation.summary { parts.append("**" + MarkdownText.inline(summary) + "**") }
        if let text = documentation.description { parts.append(MarkdownText.inline(text)) }
        if parent?.shape == .oneOf { parts.append("선택지: 상위 객체에 이 필드들 중 하나만 지정합니다.") }
        if field.isRemovedFromWire { parts.append("포트원 SDK에서 제거됨: Swift 모델에는 없습니다.") }
        if let contract = field.contract { parts.append("별도 계약 필요: " + Links.contract(contract, in: schema)) }
        if let grammar = field.grammar { parts.append("옵션 문법: [" + MarkdownText.code(grammar) + "](" + Links.bypassPage + "#" + Links.grammarAnchor(grammar) + ")") }
        parts += documentation.notes.map { "비고: " + MarkdownText.inline($0) }
        parts += documentation.differences.map(DocumentationBlocks.difference)
        return parts.joined(separator: "<br>")
    }

    // MARK: Differences and contracts

    private func addDifferences(_ fields: OperationFields, anchors: [String], to page: inout MarkdownPage) {
        var rows: [[String]] = operation.documentation.differences.map { difference in
            ["—"] + differenceCells(difference)
        }
        for (row, anchor) in zip(fields.rows, anchors) {
            rows += row.field.documentation.differences.map { difference in
                ["[" + MarkdownText.code(row.path) + "](#\(anchor))"] + differenceCells(difference)
            }
        }
        guard !rows.isEmpty else { return }
        page.add("## 가이드와 포트원 스키마 차이")
        page.add("코드와 검사는 포트원 스키마(전송 값)를 따릅니다.")
        page.addTable(header: ["경로", "가이드", "포트원", "설명"], rows: rows)
    }

    private func differenceCells(_ difference: GuideDifference) -> [String] {
        [MarkdownText.code(difference.guide), MarkdownText.code(difference.wire), MarkdownText.inline(difference.explanation)]
    }

    private func addContracts(_ fields: OperationFields, to page: inout MarkdownPage) {
        var seen = Set<String>()
        var items: [String] = []
        for row in fields.rows {
            guard let contract = row.field.contract else { continue }
            if seen.insert(contract).inserted {
                let paths = fields.rows.filter { $0.field.contract == contract }.map { MarkdownText.code($0.path, inTable: false) }
                items.append("- " + Links.contract(contract, in: schema) + ": " + paths.joined(separator: ", "))
            }
        }
        guard !items.isEmpty else { return }
        page.add("## 별도 계약")
        page.add(items)
    }

    // MARK: Enums

    private func addEnums(_ fields: OperationFields, to page: inout MarkdownPage) {
        let enums = fields.enumIDs().compactMap(schema.enumType)
        guard !enums.isEmpty else { return }
        page.add("## 열거형")
        for enumType in enums {
            page.add("### <a id=\"\(Links.enumAnchor(enumType.id))\"></a>" + MarkdownText.inline(enumType.id))
            DocumentationBlocks.add(enumType.documentation, to: &page, includeSummary: true)
            if let prefix = enumType.aliasPrefix {
                let example = prefix + "_" + (enumType.values.first?.wire ?? "VALUE")
                page.add("접두사 별칭: " + MarkdownText.code(prefix + "_", inTable: false) + "를 붙인 값(예: "
                    + MarkdownText.code(example, inTable: false) + ")도 받으며, 정식 값으로 읽습니다.")
            }
            page.addTable(header: ["값", "설명", "이니시스"], rows: enumType.values.map { value in
                let text = [value.documentation.summary, value.documentation.description].compactMap { $0 }
                    .map(MarkdownText.inline) + value.documentation.notes.map { "비고: " + MarkdownText.inline($0) }
                return [MarkdownText.code(value.wire), text.joined(separator: "<br>"), KoreanLabels.inicisSupport(value.inicis)]
            })
        }
    }

    // MARK: Rules

    private func addRules(_ fields: OperationFields, to page: inout MarkdownPage) {
        let root = ObjectOccurrence(components: [], object: ObjectType(id: "", fields: [], location: operation.location))
        let holders = [(root, operation.rules)] + fields.occurrences.map { ($0, $0.object.rules) }
        let rows = holders.flatMap { occurrence, rules in
            rules.map { rule in
                let text = RuleText(schema: schema, absolute: occurrence.absolute)
                var content = text.content(rule)
                if let message = rule.message { content += "<br>메시지: " + MarkdownText.inline(message) }
                return [MarkdownText.code(rule.id), platformsLabel(rule), content, MarkdownText.inline(rule.source)]
            }
        }
        guard !rows.isEmpty else { return }
        page.add("## 규칙")
        page.addTable(header: ["규칙", "플랫폼", "내용", "가이드 원문"], rows: rows)
    }

    private func platformsLabel(_ rule: Rule) -> String {
        let applicable = platforms.filter { rule.applies(on: $0) }
        return applicable.count == platforms.count ? "전체" : applicable.map(KoreanLabels.platform).joined(separator: ", ")
    }

    // MARK: Pay methods and examples

    private func addPayMethodTables(to page: inout MarkdownPage) {
        let tables = schema.payMethodTables.filter { $0.operations.contains(operation.id) }
        guard !tables.isEmpty else { return }
        page.add("## 결제수단")
        for table in tables {
            PayMethodTableSection.add(table, headingLevel: 3, to: &page)
        }
    }

    private func addExamples(to page: inout MarkdownPage) {
        guard !operation.examples.isEmpty else { return }
        page.add("## 예시")
        for example in operation.examples {
            page.add("### " + MarkdownText.inline(example.documentation.summary ?? example.id))
            page.add(MarkdownText.code(example.id, inTable: false) + " · " + KoreanLabels.platform(example.platform))
            DocumentationBlocks.add(example.documentation, to: &page, includeSummary: false)
            page.add(MarkdownText.fencedBlock(example.json, info: "json"))
            if !example.expectedIssues.isEmpty {
                page.add("예상 검사 결과:")
                page.add(example.expectedIssues.map { issue in
                    "- " + MarkdownText.code(issue.path, inTable: false) + " · " + issue.severity.rawValue + " · "
                        + MarkdownText.code(issue.code, inTable: false)
                })
            }
        }
    }
}
