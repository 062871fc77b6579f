import InicisSchema

/// The operation page's enum sections: which values Inicis supports and which it does not, then
/// every value with its text.
struct EnumSection {
    let context: OperationContext
    let bodies: EnumSectionBodies

    func add(to page: inout MarkdownPage) {
        let enums = context.enumIDs.compactMap(context.schema.enumType)
        guard !enums.isEmpty else { return }
        page.add("## 열거형")
        for enumType in enums {
            add(enumType, to: &page)
        }
    }

    private func add(_ enumType: EnumType, to page: inout MarkdownPage) {
        let anchor = context.anchors.enumSection(enumType.id) ?? Links.enumAnchor(enumType.id)
        page.add("### ", AnchorTag(anchor: anchor), MarkdownText.Inline(enumType.id))
        page.add(bodies.body(of: enumType))
    }

    /// Everything under the heading: the same on every page that shows the enum.
    static func body(of enumType: EnumType) -> MarkdownPage {
        var page = MarkdownPage.fragment()
        DocumentationBlocks.add(enumType.documentation, to: &page, includeSummary: true)
        if let prefix = enumType.aliasPrefix {
            let example = prefix + "_" + (enumType.values.first?.wire ?? "VALUE")
            page.add("접두사 별칭: ", MarkdownText.Code(prefix + "_", inTable: false), "를 붙인 값(예: ",
                     MarkdownText.Code(example, inTable: false), ")도 받으며, 정식 값으로 읽습니다.")
        }
        addSupportSummary(of: enumType, to: &page)
        page.addTable(header: ["값", "설명", "이니시스"]) { table in
            // By index: iterating would copy each `EnumValue` (strings, documentation, location).
            let values = enumType.values
            for index in values.indices {
                table.addRow { row in
                    row.add(MarkdownText.Code(values[index].wire))
                    row.add(ValueNotes(documentation: values[index].documentation))
                    row.add(KoreanLabels.inicisSupport(values[index].inicis))
                }
            }
        }
        return page
    }

    /// `이니시스 지원 값: `KRW`, `USD`` and the unsupported values, before the full table; one
    /// paragraph each, so that they never join the notes' list above.
    private static func addSupportSummary(of enumType: EnumType, to page: inout MarkdownPage) {
        // The list reads the enum's own values: filtering into new arrays copied every value.
        let values = enumType.values
        for support in [InicisSupport.supported, .unsupported] {
            guard values.contains(where: { $0.inicis == support }) else { continue }
            page.add(support == .supported ? "이니시스 지원 값: " : "이니시스 미지원 값: ", ValueList(values: values, support: support))
        }
    }
}

/// `` `KRW`, `USD` `` outside a table: the values with one support, in the enum's order.
private struct ValueList: TextPiece {
    let values: [EnumValue]
    let support: InicisSupport

    func append(to bytes: inout [UInt8]) {
        var first = true
        for index in values.indices where values[index].inicis == support {
            if !first { bytes.write(", ") }
            first = false
            bytes.write(MarkdownText.Code(values[index].wire, inTable: false))
        }
    }
}

/// A value's description cell: summary, description, notes and differences, one per line.
private struct ValueNotes: TextPiece {
    let documentation: Documentation

    func append(to bytes: inout [UInt8]) {
        var items = CellItems()
        for text in [documentation.summary, documentation.description] {
            guard let text else { continue }
            items.next(in: &bytes)
            bytes.write(MarkdownText.Inline(text))
        }
        DocumentationBlocks.appendNotesAndDifferences(of: documentation, items: &items, to: &bytes)
    }
}
