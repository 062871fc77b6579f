import InicisSchema

/// A note as a page shows it: its text, then the page it points to as a link.
enum NoteText {
    static func inline(_ note: Note, prose: Prose, inTable: Bool = true) -> String {
        prose.inline(note.text, inTable: inTable) + (note.link.map { " " + MarkdownText.link($0.text, to: $0.address) } ?? "")
    }
}

/// A difference as one sentence: `가이드와 다름: 가이드는 `vat`, 포트원은 `vatAmount`. …`.
enum DifferenceText {
    static func inline(_ difference: GuideDifference, prose: Prose, inTable: Bool = true) -> String {
        "가이드와 다름: 가이드 " + MarkdownText.code(difference.guide, inTable: inTable) + ", 포트원 "
            + MarkdownText.code(difference.wire, inTable: inTable) + ". " + prose.inline(difference.explanation, inTable: inTable)
    }
}

extension Documentation {
    /// The differences about the wire; the guide's misspellings are listed on the differences
    /// page only, since the pages write the words corrected.
    var wireDifferences: [GuideDifference] {
        differences.filter { $0.kind == .wire }
    }
}

/// An example's title with the platform it is sent from, unless the title names it already; a
/// title that ends in parentheses takes the platform inside them (`값 (별칭, 모바일)`), never a
/// second pair.
enum ExampleTitle {
    static func text(_ example: Example, of operation: Operation) -> String {
        let title = example.documentation.summary ?? example.id
        let platform = KoreanLabels.platform(example.platform)
        guard operation.kind == .sdk, !title.contains(platform) else { return title }
        if title.hasSuffix(")") { return title.dropLast() + ", " + platform + ")" }
        return title + " (" + platform + ")"
    }
}
