import InicisSchema

/// The operation page's tables of path parameters and request fields: one row per field by its
/// full path, with its type, requiredness per platform and everything the guide says about it.
struct FieldTableSection {
    let context: OperationContext

    private var operation: Operation { context.operation }
    private var platforms: [Platform] { operation.kind.platforms }
    private var types: TypeLabel { TypeLabel(context: context, onPage: true) }

    func add(to page: inout MarkdownPage) {
        addPathParameters(to: &page)
        addFields(to: &page)
    }

    private func addPathParameters(to page: inout MarkdownPage) {
        guard !operation.pathParameters.isEmpty else { return }
        page.add("## 경로 파라미터")
        let rows = zip(operation.pathParameters, context.anchors.pathParameters).map { parameter, anchor in
            [Self.anchored(anchor, parameter.wireName), types.render(parameter.type)]
                + platforms.map { KoreanLabels.requirement(of: parameter.requirements, on: $0) }
                + [notes(of: parameter, path: nil)]
        }
        page.addTable(header: ["이름", "타입"] + platforms.map(KoreanLabels.platform) + ["설명 / 비고"], rows: rows)
    }

    private func addFields(to page: inout MarkdownPage) {
        page.add(operation.kind == .sdk ? "## 요청 필드" : "## 요청 본문 필드")
        var intro = "필수 여부는 상위 객체가 있을 때를 기준으로 합니다."
        // Show the convention with a real path of this page, when it has one.
        if let array = context.fields.rows.first(where: \.isArray),
           let element = context.fields.rows.first(where: { $0.isNested(under: array) }) {
            intro += " 배열 요소의 필드는 배열 이름 뒤에 이어 씁니다(" + MarkdownText.code(element.path, inTable: false) + ")."
        }
        page.add(intro)
        let rows = zip(context.fields.rows, context.anchors.rows).map { row, anchor in
            [Self.anchored(anchor, row.path), types.render(row.field.type)]
                + platforms.map { KoreanLabels.requirement(of: row.field.requirements, on: $0) }
                + [notes(of: row.field, path: row.path, in: row.parent)]
        }
        page.addTable(header: ["경로", "타입"] + platforms.map(KoreanLabels.platform) + ["설명 / 비고"], rows: rows)
    }

    /// The anchor in front of the name: raw HTML that GitHub keeps (as `user-content-…`, and it
    /// resolves `#…` links to it), so outside links reach the row itself.
    static func anchored(_ anchor: String, _ name: String) -> String {
        "<a id=\"\(anchor)\"></a>" + MarkdownText.code(name)
    }

    /// The description cell, one item per line: summary in bold, description, one-of marker,
    /// removal, contract, option grammar, constraints from the rules, notes, guide differences.
    private func notes(of field: Field, path: String?, in parent: ObjectType? = nil) -> String {
        let documentation = field.documentation
        var parts: [String] = []
        if let summary = documentation.summary { parts.append("**" + MarkdownText.inline(summary) + "**") }
        if let text = documentation.description { parts.append(MarkdownText.inline(text)) }
        if parent?.shape == .oneOf { parts.append("선택지: 상위 객체에 이 필드들 중 하나만 지정합니다.") }
        if field.isRemovedFromWire { parts.append("포트원 SDK에서 제거됨: Swift 모델에는 없습니다.") }
        if let contract = field.contract { parts.append("별도 계약 필요: " + Links.contract(contract, in: context.schema)) }
        if let grammar = field.grammar { parts.append("옵션 문법: [" + MarkdownText.code(grammar) + "](" + Links.bypassPage + "#" + Links.grammarAnchor(grammar) + ")") }
        if let path { parts += constraints(of: path) }
        parts += documentation.notes.map { "비고: " + MarkdownText.inline($0) }
        parts += documentation.differences.map { DocumentationBlocks.difference($0) }
        return parts.joined(separator: "<br>")
    }

    /// `제약: 조건 … (규칙 `id`)`, one per rule that constrains the path; the rule's row in the
    /// rules section holds the guide's sentence.
    private func constraints(of path: String) -> [String] {
        context.rules.concerning(path).map { placed in
            let platforms = context.platformsLabel(placed.rule)
            let scope = platforms == "전체" ? "" : "(" + platforms + ")"
            return "제약" + scope + ": " + context.ruleText(placed) + " (규칙 " + context.ruleLink(placed, onPage: true) + ")"
        }
    }
}
