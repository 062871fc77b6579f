import InicisSchema

/// `## 유의사항`: the operation's own notes, grouped by the schema's note topics (the guide's
/// groups, in its order: 공통, 카드, 간편결제, …), each note with the guide's heading in bold.
struct NoticeSection {
    let context: OperationContext
    let prose: Prose

    func print(into printer: inout MarkdownPrinter) {
        let notes = context.operation.documentation.notes
        guard !notes.isEmpty else { return }
        printer.heading(2, PageSection.notices.title, anchor: context.anchors.section(.notices))
        let groups = Self.groups(of: notes, by: context.schema.noteTopics)
        for (title, notes) in groups {
            // One group of notes needs no heading of its own, as in the guide's billing-key notes.
            if groups.count > 1, let title { printer.heading(3, prose.inline(title, inTable: false)) }
            printer.list(notes.map { note in
                (note.title.map { "**" + prose.inline($0, inTable: false) + "** " } ?? "") + NoteText.inline(note, prose: prose, inTable: false)
            })
        }
    }

    /// The non-empty groups in the topics' order; a note without a topic is in the first. The
    /// checker refuses a topic the schema does not declare.
    private static func groups(of notes: [Note], by topics: [NoteTopic]) -> [(title: String?, notes: [Note])] {
        guard let first = topics.first else { return [(nil, notes)] }
        return topics.map { topic in (topic.title, notes.filter { ($0.topic ?? first.id) == topic.id }) }.filter { !$0.notes.isEmpty }
    }
}
