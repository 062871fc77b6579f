import InicisSchema

/// The operation page's object sections, the targets of the type links: what the object is,
/// where the request holds it and which fields it has, each linked to its row.
struct ObjectSection {
    let context: OperationContext

    func add(to page: inout MarkdownPage) {
        var seen = Set<String>()
        let occurrences = context.fields.occurrences.filter { seen.insert($0.object.id).inserted }
        guard !occurrences.isEmpty else { return }
        page.add("## 객체")
        let rows = ObjectRows(context.fields)
        for occurrence in occurrences {
            add(occurrence.object, rows: rows, to: &page)
        }
    }

    private func add(_ object: ObjectType, rows: ObjectRows, to page: inout MarkdownPage) {
        let anchor = context.anchors.objectSection(object.id) ?? Links.objectAnchor(object.id)
        page.add("### <a id=\"\(anchor)\"></a>" + MarkdownText.inline(object.id))
        var facts = ["- Swift: " + MarkdownText.code(object.swiftName, inTable: false)]
        if object.shape == .oneOf { facts.append("- 선택지: 아래 필드 중 하나만 지정합니다.") }
        facts.append("- 위치: " + places(of: object, rows: rows))
        page.add(facts)
        DocumentationBlocks.add(object.documentation, to: &page, includeSummary: true)
        // The request's own fields are the top rows of the field table; no need to list them again.
        guard !isRoot(object) else { return }
        page.add("필드:")
        page.add(rows.fields[object.id, default: []].map { path in
            "- " + context.fieldLink(path, onPage: true, inTable: false)
        })
    }

    /// `요청 최상위` for the request itself, else the fields that hold the object.
    private func places(of object: ObjectType, rows: ObjectRows) -> String {
        let links = rows.holders[object.id, default: []].map { context.fieldLink($0, onPage: true, inTable: false) }
        return ((isRoot(object) ? ["요청 최상위"] : []) + links).joined(separator: ", ")
    }

    private func isRoot(_ object: ObjectType) -> Bool {
        object.id == context.operation.body
    }
}
