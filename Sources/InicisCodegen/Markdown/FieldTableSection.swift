import InicisSchema

/// The operation page's tables of path parameters and request fields: one row per field by its
/// full path, with its type, requiredness per platform and everything the guide says about it.
struct FieldTableSection {
    let context: OperationContext

    private var operation: Operation { context.operation }
    private var platforms: [Platform] { operation.kind.platforms }

    func add(to page: inout MarkdownPage) {
        addPathParameters(to: &page)
        addFields(to: &page)
    }

    private func addPathParameters(to page: inout MarkdownPage) {
        guard !operation.pathParameters.isEmpty else { return }
        page.add("## 경로 파라미터")
        let platforms = platforms
        page.addTable(header: ["이름", "타입"] + platforms.map(KoreanLabels.platform) + ["설명 / 비고"]) { table in
            for (parameter, anchor) in zip(operation.pathParameters, context.anchors.pathParameters) {
                table.addRow { row in
                    row.add(Self.anchored(anchor, parameter.wireName))
                    row.add(TypeLabel(type: parameter.type, context: context, onPage: true))
                    for platform in platforms { row.add(KoreanLabels.requirement(of: parameter.requirements, on: platform)) }
                    row.add { FieldNotes.append(of: parameter, path: nil, parent: nil, context: context, to: &$0) }
                }
            }
        }
    }

    private func addFields(to page: inout MarkdownPage) {
        page.add(operation.kind == .sdk ? "## 요청 필드" : "## 요청 본문 필드")
        // Show the convention with a real path of this page, when it has one.
        let rows = context.fields.rows
        // Closures rather than key paths, and the array row copied once: a key path or a
        // subscript inside the predicate copies a whole `FieldRow` per row.
        if let array = rows.firstIndex(where: { $0.isArray }).map({ rows[$0] }),
           let element = rows.firstIndex(where: { $0.isNested(under: array) }) {
            page.add("필수 여부는 상위 객체가 있을 때를 기준으로 합니다. 배열 요소의 필드는 배열 이름 뒤에 이어 씁니다(",
                     MarkdownText.Code(rows[element].path, inTable: false), ").")
        } else {
            page.add("필수 여부는 상위 객체가 있을 때를 기준으로 합니다.")
        }
        let platforms = platforms
        page.addTable(header: ["경로", "타입"] + platforms.map(KoreanLabels.platform) + ["설명 / 비고"]) { table in
            // By index: a `FieldRow` is dozens of strings and arrays, and iterating copies each.
            for index in rows.indices {
                table.addRow { row in
                    row.add(Self.anchored(context.anchors.rows[index], rows[index].path))
                    row.add(TypeLabel(type: rows[index].field.type, context: context, onPage: true))
                    for platform in platforms { row.add(KoreanLabels.requirement(of: rows[index].field.requirements, on: platform)) }
                    row.add { FieldNotes.append(of: rows[index].field, path: rows[index].path, parent: rows[index].parent, context: context, to: &$0) }
                }
            }
        }
    }

    /// The anchor in front of the name, so outside links reach the row itself.
    static func anchored(_ anchor: String, _ name: String) -> AnchoredCode {
        AnchoredCode(anchor: anchor, name: name)
    }
}

/// `<a id="anchor"></a>`name`` in a table cell.
struct AnchoredCode: TextPiece {
    let anchor: String
    let name: String

    func append(to bytes: inout [UInt8]) {
        bytes.write(AnchorTag(anchor: anchor), MarkdownText.Code(name))
    }
}

/// The description cell of a field, one item per line: summary in bold, description, one-of
/// marker, removal, contract, option grammar, constraints from the rules, notes, guide differences.
enum FieldNotes {
    /// `path` is nil for a path parameter, which no rule constrains.
    static func append(of field: Field, path: String?, parent: ObjectType?, context: OperationContext, to bytes: inout [UInt8]) {
        let documentation = field.documentation
        var items = CellItems()
        if let summary = documentation.summary {
            items.next(in: &bytes)
            bytes.write("**", MarkdownText.Inline(summary), "**")
        }
        if let text = documentation.description {
            items.next(in: &bytes)
            bytes.write(MarkdownText.Inline(text))
        }
        if parent?.shape == .oneOf {
            items.next(in: &bytes)
            bytes.write("선택지: 상위 객체에 이 필드들 중 하나만 지정합니다.")
        }
        if field.isRemovedFromWire {
            items.next(in: &bytes)
            bytes.write("포트원 SDK에서 제거됨: Swift 모델에는 없습니다.")
        }
        if let contract = field.contract {
            items.next(in: &bytes)
            bytes.write("별도 계약 필요: ", ContractLink(id: contract, in: context.schema))
        }
        if let grammar = field.grammar {
            items.next(in: &bytes)
            bytes.write("옵션 문법: ", CodeLink(text: grammar, target: LinkTarget(page: Links.bypassPage, anchor: Links.grammarAnchor(grammar))))
        }
        if let path { appendConstraints(of: path, context: context, items: &items, to: &bytes) }
        DocumentationBlocks.appendNotesAndDifferences(of: documentation, items: &items, to: &bytes)
    }

    /// `제약: 조건 … (규칙 `id`)`, one per rule that constrains the path; the rule's row in the
    /// rules section holds the guide's sentence.
    private static func appendConstraints(of path: String, context: OperationContext, items: inout CellItems, to bytes: inout [UInt8]) {
        for placed in context.rules.concerning(path) {
            items.next(in: &bytes)
            let platforms = context.platformsLabel(placed.rule)
            if platforms == "전체" {
                bytes.write("제약: ")
            } else {
                bytes.write("제약(", platforms, "): ")
            }
            bytes.write(context.ruleText(placed), " (규칙 ", context.ruleLink(placed, onPage: true), ")")
        }
    }
}
