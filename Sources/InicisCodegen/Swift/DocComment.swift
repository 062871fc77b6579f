import InicisSchema

/// Renders documentation as `///` comment lines. Schema text may contain anything; a line comment
/// is safe for everything but line breaks, which `TextLines` turns into new `///` lines.
enum DocComment {
    enum Block: Equatable {
        case paragraph(String)
        /// `- item` lines; an item's own line breaks continue indented under it.
        case list([String])
    }

    /// The blocks separated by an empty `///` line; nothing when there are no blocks.
    static func render(_ blocks: [Block]) -> [String] {
        let nonEmpty = blocks.filter { block in
            switch block {
            case .paragraph(let text): !text.isEmpty
            case .list(let items): !items.isEmpty
            }
        }
        var lines: [String] = []
        for (index, block) in nonEmpty.enumerated() {
            if index > 0 { lines.append("///") }
            switch block {
            case .paragraph(let text):
                lines += TextLines.split(text).map(commentLine)
            case .list(let items):
                for item in items {
                    let itemLines = TextLines.split(item)
                    lines.append(commentLine("- " + itemLines[0]))
                    lines += itemLines.dropFirst().map { commentLine($0.isEmpty ? "" : "  " + $0) }
                }
            }
        }
        return lines
    }

    /// Summary, description, then one list with the facts, notes and guide differences.
    static func blocks(_ documentation: Documentation, facts: [String] = []) -> [Block] {
        var items = facts
        items += documentation.notes.map { "Note: " + $0 }
        items += documentation.differences.map(difference)
        return [
            .paragraph(documentation.summary ?? ""),
            .paragraph(documentation.description ?? ""),
            .list(items),
        ]
    }

    /// `가이드와 다름: 가이드 `vat`, 포트원 `vatAmount` — explanation`.
    static func difference(_ difference: GuideDifference) -> String {
        "가이드와 다름: 가이드 \(CodeSpan.render(difference.guide)), 포트원 \(CodeSpan.render(difference.wire)) — \(difference.explanation)"
    }

    private static func commentLine(_ text: String) -> String {
        text.isEmpty ? "///" : "/// " + text
    }
}
