/// A Markdown file being built: the notice comment first, blocks separated by one blank line.
struct MarkdownPage {
    private var blocks: [[String]] = []

    /// An empty block is skipped, so optional text leaves no extra blank lines.
    mutating func add(_ lines: [String]) {
        if lines.allSatisfy(\.isEmpty) { return }
        blocks.append(lines)
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
        let body = ([[GeneratedNotice.markdownLine]] + blocks).map { $0.joined(separator: "\n") }
        return GeneratedFile(path: path, contents: body.joined(separator: "\n\n") + "\n")
    }
}
