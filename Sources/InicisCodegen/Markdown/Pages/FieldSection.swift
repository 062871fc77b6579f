import InicisSchema

/// `## 필드`: every field of the request by its full JSON path, with what it is on each platform
/// (as a reader needs it: "상위 객체를 보낼 때 필수", a field under an ignored parent is ignored too)
/// and everything the guide says about it for this operation.
struct FieldSection {
    let context: OperationContext
    let prose: Prose

    private var schema: Schema { context.schema }
    private var operation: Operation { context.operation }

    func print(into printer: inout MarkdownPrinter) {
        printer.heading(2, PageSection.fields.title, anchor: context.anchors.section(.fields))
        printer.block((context.anchors.object(operation.body).map(MarkdownText.anchor) ?? "") + legend)
        printPathParameters(into: &printer)
        let platformHeaders = context.platforms.map { context.operation.kind == .rest ? "필수 여부" : KoreanLabels.platform($0) }
        var rows: [[String]] = []
        var shownObjects: Set<String> = [operation.body]
        for index in context.fields.rows.indices {
            let row = context.fields.rows[index]
            var anchors = MarkdownText.anchor(context.anchors.rows[index])
            if let objectID = OperationFields.objectID(in: row.field.type), shownObjects.insert(objectID).inserted,
               let objectAnchor = context.anchors.object(objectID) {
                anchors += MarkdownText.anchor(objectAnchor)
            }
            let requirements = context.platforms.map { context.requirements[index][$0]?.label ?? "-" }
            rows.append([anchors + MarkdownText.code(row.path), TypeText.label(row.field.type, context: context)] + requirements + [description(of: row)])
        }
        printer.table(["경로", "타입"] + platformHeaders + ["설명"], rows)
    }

    private var legend: String {
        "필수 여부: **필수**는 반드시 보냅니다. **상위 객체를 보낼 때 필수**는 그 필드를 담은 객체를 보낼 때만 필수입니다. **조건부 필수**는 설명에 적힌 규칙이 정한 경우에 필수입니다. **무시됨**은 KG이니시스가 처리하지 않는 필드, **미지원**은 이 플랫폼에서 지원하지 않는 필드로, 보내도 효과가 없습니다."
    }

    private func printPathParameters(into printer: inout MarkdownPrinter) {
        guard !operation.pathParameters.isEmpty else { return }
        let rows = zip(operation.pathParameters, context.anchors.pathParameters).map { parameter, anchor in
            [
                MarkdownText.anchor(anchor) + MarkdownText.code("{" + parameter.wireName + "}"),
                TypeText.label(parameter.type, context: context),
                parameter.requirements[.api].map { requirement in PageRequirement.label(of: requirement) } ?? "필수",
                Self.join(documentation(parameter.documentation)),
            ]
        }
        printer.block("요청 경로 " + MarkdownText.code((operation.httpMethod ?? "") + " " + (operation.path ?? ""), inTable: false) + "의 경로 파라미터:")
        printer.table(["경로 파라미터", "타입", "필수 여부", "설명"], rows)
        printer.block("요청 본문(JSON)의 필드:")
    }

    private func description(of row: FieldRow) -> String {
        let field = row.field
        var parts: [String] = []
        if let summary = field.documentation.summary { parts.append("**" + prose.inline(summary) + "**") }
        if let description = field.documentation.description { parts.append(prose.inline(description)) }
        let object = OperationFields.objectID(in: field.type).flatMap(schema.object)
        if let object {
            if let description = object.documentation.description, description != field.documentation.description {
                parts.append(prose.inline(description))
            }
            if object.shape == .oneOf {
                parts.append(object.fields.map { MarkdownText.code($0.wireName) }.joined(separator: ", ") + " 중 하나만 보냅니다.")
            }
        }
        parts += context.notes(field.documentation).map { NoteText.inline($0, prose: prose) }
        if let object {
            parts += context.notes(object.documentation).map { NoteText.inline($0, prose: prose) }
        }
        if field.isRemovedFromWire {
            parts.append("포트원 SDK에서 삭제된 파라미터입니다. Swift 모델에는 없습니다.")
        }
        if let contract = field.contract {
            parts.append("별도 계약: " + PageLinks.contract(contract, in: schema))
        }
        if let grammar = field.grammar.flatMap(schema.grammar) {
            parts.append("옵션 문법: " + MarkdownText.codeLink(grammar.id, to: PageLinks.bypass + "#" + PageLinks.grammarAnchor(grammar.id)))
        }
        let rules = context.rules.concerning(row.path)
        if !rules.isEmpty {
            parts.append("규칙: " + rules.map { context.ruleLink($0, from: .fields) }.joined(separator: ", "))
        }
        parts += field.documentation.wireDifferences.map { DifferenceText.inline($0, prose: prose) }
        if let objectID = OperationFields.objectID(in: field.type), let object = schema.object(objectID), context.anchors.object(objectID) != nil {
            parts += object.documentation.wireDifferences.map { DifferenceText.inline($0, prose: prose) }
        }
        return Self.join(parts)
    }

    /// Summary in bold, description, the notes for this operation, and the differences.
    private func documentation(_ documentation: Documentation, withDifferences: Bool = true) -> [String] {
        var parts: [String] = []
        if let summary = documentation.summary { parts.append("**" + prose.inline(summary) + "**") }
        if let description = documentation.description { parts.append(prose.inline(description)) }
        parts += context.notes(documentation).map { NoteText.inline($0, prose: prose) }
        if withDifferences {
            parts += documentation.wireDifferences.map { DifferenceText.inline($0, prose: prose) }
        }
        return parts
    }

    static func join(_ parts: [String]) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: "<br>")
    }
}

/// A field's type as the tables show it: JSON type names (string, integer, …); an enum links to
/// its values on the page.
enum TypeText {
    static func label(_ type: FieldType, context: OperationContext) -> String {
        switch type {
        case .string: "string"
        case .integer: "integer"
        case .boolean: "boolean"
        case .dateTime: "date-time (RFC 3339)"
        case .json: "JSON"
        case .enumeration(let id):
            context.anchors.enumSection(id).map { MarkdownText.link(id, to: context.target($0, in: .values, from: .fields)) } ?? MarkdownText.code(id)
        case .object, .oneOf: "object"
        case .array(let element): label(element, context: context) + " 배열"
        }
    }
}

extension PageRequirement {
    /// A requirement as the schema states it, for fields with no parent (path parameters).
    static func label(of requirement: PlatformRequirement) -> String {
        switch requirement {
        case .required: PageRequirement.required.label
        case .conditional: PageRequirement.conditional.label
        case .optional: PageRequirement.optional.label
        case .ignored: PageRequirement.ignored.label
        case .unsupported: PageRequirement.unsupported.label
        }
    }
}
