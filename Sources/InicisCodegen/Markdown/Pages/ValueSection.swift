import InicisSchema

/// `## 값`: for every enum the request uses, the values KG Inicis supports with their Korean
/// descriptions, then one line for the rest (how many, and where PortOne lists them all). An
/// enum the guide says nothing about for KG Inicis lists its values when they are few and
/// described in Korean; PortOne's long lists (countries, currencies) are linked, not copied.
struct ValueSection {
    let context: OperationContext
    let prose: Prose

    private var schema: Schema { context.schema }

    func print(into printer: inout MarkdownPrinter) {
        let enums = context.enumIDs.compactMap(schema.enumType)
        guard !enums.isEmpty else { return }
        printer.heading(2, PageSection.values.title, anchor: context.anchors.section(.values))
        printer.block("열거형 필드에 보낼 수 있는 값입니다. KG이니시스가 지원하는 값만 싣고, 나머지는 개수와 포트원 문서의 전체 목록으로 대신합니다.")
        for enumType in enums {
            print(enumType, into: &printer)
        }
    }

    private func print(_ enumType: EnumType, into printer: inout MarkdownPrinter) {
        let title = (enumType.documentation.summary.map { prose.inline($0, inTable: false) + " " } ?? "") + MarkdownText.code(enumType.id, inTable: false)
        printer.heading(3, title, anchor: context.anchors.enumSection(enumType.id))
        if let description = enumType.documentation.description { printer.block(prose.paragraph(description)) }
        printer.list(context.notes(enumType.documentation).map { NoteText.inline($0, prose: prose, inTable: false) }
            + enumType.documentation.wireDifferences.map { DifferenceText.inline($0, prose: prose, inTable: false) })
        if Self.onlyIneffectiveFields(use: enumType, in: context) {
            printer.block("이 값을 쓰는 필드는 KG이니시스가 처리하지 않거나 지원하지 않습니다.")
            printer.block(rest(of: enumType, shown: []))
            return
        }
        let shown = Self.shownValues(of: enumType)
        printer.table(["값", "설명"], shown.map { value in [MarkdownText.code(value.wire), description(of: value)] })
        if let prefix = enumType.aliasPrefix, let first = shown.first ?? enumType.values.first {
            printer.block(MarkdownText.code(prefix + "_" + first.wire, inTable: false) + "처럼 " + MarkdownText.code(prefix + "_", inTable: false)
                + " 접두사를 붙인 값도 받으며, 접두사를 뗀 값으로 읽습니다.")
        }
        printer.block(rest(of: enumType, shown: shown))
    }

    /// The supported values; for an enum where the guide marks none either way, every value, when
    /// they are described in Korean and few enough to read.
    static func shownValues(of enumType: EnumType) -> [EnumValue] {
        let supported = enumType.values.filter { $0.inicis == .supported }
        if !supported.isEmpty { return supported }
        let unmarked = enumType.values.allSatisfy { $0.inicis == .unspecified }
        let summaries = enumType.values.compactMap(\.documentation.summary)
        guard unmarked, enumType.values.count <= ProseTerms.longEnum * 2, summaries.count == enumType.values.count,
              summaries.allSatisfy({ !KoreanText.isEnglishPhrase($0) })
        else { return [] }
        return enumType.values
    }

    private func description(of value: EnumValue) -> String {
        var parts: [String] = []
        if let summary = value.documentation.summary, !KoreanText.isEnglishPhrase(summary) { parts.append(prose.inline(summary)) }
        parts += context.notes(value.documentation).map { NoteText.inline($0, prose: prose) }
        parts += value.documentation.wireDifferences.map { DifferenceText.inline($0, prose: prose) }
        return FieldSection.join(parts)
    }

    /// `그 밖에 포트원이 정의한 값 174개는 KG이니시스가 지원하지 않습니다. 전체 목록: 포트원 문서`.
    private func rest(of enumType: EnumType, shown: [EnumValue]) -> String {
        let others = enumType.values.filter { value in !shown.contains { $0.wire == value.wire } }
        let unsupported = others.filter { $0.inicis == .unsupported }.count
        let unspecified = others.count - unsupported
        let list = (enumType.docsURL ?? context.operation.docsURL).map { " 전체 목록은 " + MarkdownText.link("포트원 문서", to: $0) + "에 있습니다." } ?? ""
        switch (unsupported, unspecified) {
        case (0, 0) where !shown.contains(where: { $0.inicis == .supported }):
            return "가이드는 KG이니시스가 지원하는 값을 따로 밝히지 않으므로 포트원이 정의한 값을 모두 싣습니다."
        case (0, 0): return ""
        case (_, 0): return (shown.isEmpty ? "포트원이 정의한 값 " : "그 밖에 포트원이 정의한 값 ") + "\(unsupported)개는 KG이니시스가 지원하지 않습니다." + list
        case (0, _): return (shown.isEmpty ? "포트원이 정의한 값이 " : "그 밖에 포트원이 정의한 값이 ") + "\(unspecified)개 있습니다. 가이드는 KG이니시스가 이 값들을 지원하는지 밝히지 않습니다." + list
        default: return "그 밖에 포트원이 정의한 값이 \(others.count)개 있습니다. 그중 \(unsupported)개는 KG이니시스가 지원하지 않고, \(unspecified)개는 가이드가 밝히지 않습니다." + list
        }
    }

    /// The values a page lists for the enum.
    static func displayedValues(of enumType: EnumType, in context: OperationContext) -> [EnumValue] {
        onlyIneffectiveFields(use: enumType, in: context) ? [] : shownValues(of: enumType)
    }

    /// Whether every field of the request that takes this enum has no effect on every platform.
    static func onlyIneffectiveFields(use enumType: EnumType, in context: OperationContext) -> Bool {
        let uses = context.fields.rows.indices.filter { enumID(in: context.fields.rows[$0].field.type) == enumType.id }
        return !uses.isEmpty && uses.allSatisfy { index in
            context.requirements[index].values.allSatisfy { $0 == .ignored || $0 == .unsupported || $0 == .notApplicable }
        }
    }

    private static func enumID(in type: FieldType) -> String? {
        switch type {
        case .enumeration(let id): id
        case .array(let element): enumID(in: element)
        default: nil
        }
    }
}

enum KoreanText {
    /// Whether the text has a Hangul syllable or letter: PortOne's English descriptions of codes
    /// (`South Korean won`) do not go on the pages.
    static func hasHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) || (0x3131...0x318E).contains($0.value) }
    }

    /// English words rather than a brand or a code: no Hangul and at least two Latin words of
    /// three letters or more (`South Korean won`, but not `KT`, `LG U+` or `SK 7mobile`).
    static func isEnglishPhrase(_ text: String) -> Bool {
        guard !hasHangul(text) else { return false }
        let words = text.split { !($0.isASCII && $0.isLetter) }.filter { $0.count >= 3 }
        return words.count >= 2
    }
}
