import InicisSchema

/// A doc comment built from blocks: paragraphs, then one list of facts and notes. Schema text may
/// hold anything; `SwiftSource.docLines` keeps every line of it inside the comment.
struct SwiftDocComment {
    private var paragraphs: [String] = []
    private var items: [String] = []

    init() {}

    /// The node's summary and description as paragraphs, its notes and differences as items
    /// after `facts`.
    init(_ documentation: Documentation, facts: [String] = [], operationID: String? = nil) {
        if let summary = documentation.summary { paragraphs.append(summary) }
        if let description = documentation.description { paragraphs.append(description) }
        items = facts
        items += documentation.notes.map { "Note: " + $0.text }
        items += documentation.differences.map(Self.difference)
    }

    mutating func paragraph(_ text: String) {
        paragraphs.append(text)
    }

    mutating func item(_ text: String) {
        items.append(text)
    }

    /// `가이드와 다름: 가이드 `vat`, 포트원 `vatAmount` — explanation`.
    static func difference(_ difference: GuideDifference) -> String {
        "가이드와 다름: 가이드 \(CodeSpan.render(difference.guide)), 포트원 \(CodeSpan.render(difference.wire)) — \(difference.explanation)"
    }

    func print(into printer: inout CodePrinter) {
        var blocks = paragraphs.map(SwiftSource.docLines)
        if !items.isEmpty {
            blocks.append(items.flatMap(Self.listItem))
        }
        for (index, block) in blocks.enumerated() {
            if index > 0 { printer.line("///") }
            for line in block { printer.line(line) }
        }
    }

    /// `/// - first line`, later lines indented under it.
    private static func listItem(_ text: String) -> [String] {
        let contents = SwiftSource.docLines(text).map { $0 == "///" ? "" : String($0.dropFirst(4)) }
        return contents.enumerated().map { offset, content in
            if content.isEmpty { return "///" }
            return (offset == 0 ? "/// - " : "///   ") + content
        }
    }
}
