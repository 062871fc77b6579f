/// A Markdown file being built: the notice comment first, blocks separated by one blank line.
/// Blocks and table rows go straight into one byte buffer rather than strings joined at the end.
struct MarkdownPage {
    private var text: TextBuffer

    init() {
        text = TextBuffer(GeneratedNotice.markdownLine)
    }

    private init(text: TextBuffer) {
        self.text = text
    }

    /// Blocks without the notice, rendered once and then added to several pages.
    static func fragment() -> MarkdownPage {
        MarkdownPage(text: TextBuffer())
    }

    /// The blocks of a `fragment()`, in order, as if added one by one.
    mutating func add(_ fragment: MarkdownPage) {
        text.append(fragment.text)
    }

    /// An empty block is skipped, so optional text leaves no extra blank lines.
    mutating func add(_ lines: [String]) {
        if lines.allSatisfy(\.isEmpty) { return }
        text.append("\n\n")
        for (index, line) in lines.enumerated() {
            if index > 0 { text.append("\n") }
            text.append(line)
        }
    }

    mutating func add(_ line: String) {
        add([line])
    }

    /// A table with a header row; cells must already be Markdown (escaped).
    mutating func addTable(header: [String], rows: [[String]]) {
        guard !rows.isEmpty else { return }
        text.append("\n\n")
        appendRow(header)
        text.append("\n")
        appendRow(header.map { _ in "---" })
        for row in rows {
            text.append("\n")
            appendRow(row)
        }
    }

    /// `| a | b |`; an empty cell is a blank, so the row keeps its columns.
    private mutating func appendRow(_ cells: [String]) {
        text.append("|")
        for cell in cells {
            text.append(" ")
            text.append(cell.isEmpty ? " " : cell)
            text.append(" |")
        }
    }

    func file(path: String) -> GeneratedFile {
        var complete = text
        complete.append("\n")
        return GeneratedFile(path: path, bytes: complete.bytes)
    }
}
