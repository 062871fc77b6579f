/// A Markdown file being built: the notice comment first, blocks separated by one blank line.
/// Blocks go straight into one growing buffer rather than an array of blocks joined at the end.
struct MarkdownPage {
    private var text = GeneratedNotice.markdownLine

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
        var lines = [row(header), row(header.map { _ in "---" })]
        lines += rows.map(row)
        add(lines)
    }

    private func row(_ cells: [String]) -> String {
        var line = "|"
        line.reserveCapacity(cells.reduce(2) { $0 + $1.utf8.count + 3 })
        for cell in cells {
            line += " "
            line += cell.isEmpty ? " " : cell
            line += " |"
        }
        return line
    }

    func file(path: String) -> GeneratedFile {
        GeneratedFile(path: path, contents: text + "\n")
    }
}
