import InicisSchema

/// The operation page's enum sections: which values Inicis supports and which it does not, then
/// every value with its text.
struct EnumSection {
    let context: OperationContext
    let bodies: EnumSectionBodies

    func add(to page: inout MarkdownPage) {
        let enums = context.fields.enumIDs().compactMap(context.schema.enumType)
        guard !enums.isEmpty else { return }
        page.add("## 열거형")
        for enumType in enums {
            add(enumType, to: &page)
        }
    }

    private func add(_ enumType: EnumType, to page: inout MarkdownPage) {
        let anchor = context.anchors.enumSection(enumType.id) ?? Links.enumAnchor(enumType.id)
        page.add("### <a id=\"\(anchor)\"></a>" + MarkdownText.inline(enumType.id))
        page.add(bodies.body(of: enumType))
    }

    /// Everything under the heading: the same on every page that shows the enum.
    static func body(of enumType: EnumType) -> MarkdownPage {
        var page = MarkdownPage.fragment()
        DocumentationBlocks.add(enumType.documentation, to: &page, includeSummary: true)
        if let prefix = enumType.aliasPrefix {
            let example = prefix + "_" + (enumType.values.first?.wire ?? "VALUE")
            page.add("접두사 별칭: " + MarkdownText.code(prefix + "_", inTable: false) + "를 붙인 값(예: "
                + MarkdownText.code(example, inTable: false) + ")도 받으며, 정식 값으로 읽습니다.")
        }
        supportSummary(enumType).forEach { page.add($0) }
        page.addTable(header: ["값", "설명", "이니시스"], rows: enumType.values.map { value in
            let documentation = value.documentation
            let text = [documentation.summary, documentation.description].compactMap { $0 }.map(MarkdownText.inline)
                + documentation.notes.map { "비고: " + MarkdownText.inline($0) }
                + documentation.differences.map { DocumentationBlocks.difference($0) }
            return [MarkdownText.code(value.wire), text.joined(separator: "<br>"), KoreanLabels.inicisSupport(value.inicis)]
        })
        return page
    }

    /// `이니시스 지원 값: `KRW`, `USD`` and the unsupported values, before the full table; one
    /// paragraph each, so that they never join the notes' list above.
    private static func supportSummary(_ enumType: EnumType) -> [String] {
        [InicisSupport.supported, .unsupported].compactMap { support in
            let values = enumType.values.filter { $0.inicis == support }
            guard !values.isEmpty else { return nil }
            let label = support == .supported ? "이니시스 지원 값" : "이니시스 미지원 값"
            return label + ": " + values.map { MarkdownText.code($0.wire, inTable: false) }.joined(separator: ", ")
        }
    }
}
