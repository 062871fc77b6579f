import InicisSchema

/// `## 유의사항`: the operation's own notes, grouped as the guide groups them (공통, 카드, 간편결제,
/// 계좌이체, 가상계좌, 상품권, 휴대폰 소액결제, 에스크로), each with the guide's heading in bold.
struct NoticeSection {
    let context: OperationContext
    let prose: Prose

    func print(into printer: inout MarkdownPrinter) {
        let notes = context.operation.documentation.notes
        guard !notes.isEmpty else { return }
        printer.heading(2, PageSection.notices.title, anchor: context.anchors.section(.notices))
        let groups = NoteTopic.allCases.map { topic in (topic, notes.filter { ($0.topic ?? .common) == topic }) }.filter { !$0.1.isEmpty }
        for (topic, notes) in groups {
            // One group of notes needs no heading of its own, as in the guide's billing-key notes.
            if groups.count > 1 { printer.heading(3, Self.title(topic)) }
            printer.list(notes.map { note in
                (note.title.map { "**" + prose.inline($0, inTable: false) + "** " } ?? "") + NoteText.inline(note, prose: prose, inTable: false)
            })
        }
    }

    static func title(_ topic: NoteTopic) -> String {
        switch topic {
        case .common: "공통"
        case .card: "카드"
        case .easyPay: "간편결제"
        case .transfer: "계좌이체"
        case .virtualAccount: "가상계좌"
        case .giftCertificate: "상품권"
        case .mobile: "휴대폰 소액결제"
        case .escrow: "에스크로"
        }
    }
}
