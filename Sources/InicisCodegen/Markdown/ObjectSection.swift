import InicisSchema

/// The operation page's object sections, the targets of the type links: what the object is,
/// where the request holds it and which fields it has, each linked to its row.
struct ObjectSection {
    let context: OperationContext

    func add(to page: inout MarkdownPage) {
        guard !context.fields.occurrences.isEmpty else { return }
        page.add("## 객체")
        let rows = ObjectRows(context.fields)
        var seen = Set<String>()
        // By index: iterating would copy each occurrence with its whole `ObjectType`.
        let occurrences = context.fields.occurrences
        for index in occurrences.indices where seen.insert(occurrences[index].object.id).inserted {
            add(occurrences[index].object, rows: rows, to: &page)
        }
    }

    private func add(_ object: ObjectType, rows: ObjectRows, to page: inout MarkdownPage) {
        let anchor = context.anchors.objectSection(object.id) ?? Links.objectAnchor(object.id)
        page.add("### ", AnchorTag(anchor: anchor), MarkdownText.Inline(object.id))
        page.addLines { facts in
            facts.add("- Swift: ", MarkdownText.Code(object.swiftName, inTable: false))
            if object.shape == .oneOf { facts.add("- 선택지: 아래 필드 중 하나만 지정합니다.") }
            facts.add("- 위치: ", Places(isRoot: isRoot(object), holders: rows.holders[object.id] ?? [], context: context))
        }
        DocumentationBlocks.add(object.documentation, to: &page, includeSummary: true)
        // The request's own fields are the top rows of the field table; no need to list them again.
        guard !isRoot(object) else { return }
        page.add("필드:")
        let fields = rows.fields[object.id] ?? []
        guard !fields.isEmpty else { return }
        page.addLines { list in
            for path in fields {
                list.add("- ", context.fieldLink(path, onPage: true, inTable: false))
            }
        }
    }

    private func isRoot(_ object: ObjectType) -> Bool {
        object.id == context.operation.body
    }
}

/// `요청 최상위` for the request itself, then the fields that hold the object.
private struct Places: TextPiece {
    let isRoot: Bool
    let holders: [String]
    let context: OperationContext

    func append(to bytes: inout [UInt8]) {
        if isRoot { bytes.write("요청 최상위") }
        for (index, path) in holders.enumerated() {
            if isRoot || index > 0 { bytes.write(", ") }
            bytes.write(context.fieldLink(path, onPage: true, inTable: false))
        }
    }
}
