import Foundation

/// The fenced code blocks of a Markdown page, each with where it sits: inside a `<details>`
/// block or not, the example anchor it follows, and the table that follows it in the same block
/// of the page (a counter-example's issues).
struct PageBlocks {
    struct Block {
        let info: String
        let text: String
        let isFolded: Bool
        /// The last `<a id="example-…">` before the block.
        let exampleID: String?
        /// The rows of the first table after the block, up to the end of its `<details>` (empty
        /// outside one), as arrays of raw cell text.
        let issueRows: [[String]]
    }

    let blocks: [Block]

    init(_ markdown: String) {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var blocks: [Block] = []
        var folded = false
        var exampleID: String?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("<details>") { folded = true }
            if line.hasPrefix("</details>") { folded = false }
            if let anchor = line.firstMatch(of: /<a id="example-([^"]+)"><\/a>/) { exampleID = String(anchor.output.1) }
            guard line.hasPrefix("```") else { index += 1; continue }
            let fence = String(line.prefix { $0 == "`" })
            let info = String(line.dropFirst(fence.count))
            var body: [String] = []
            index += 1
            while index < lines.count, lines[index] != fence {
                body.append(lines[index])
                index += 1
            }
            index += 1
            var rows: [[String]] = []
            if folded {
                var scan = index
                while scan < lines.count, !lines[scan].hasPrefix("</details>"), !lines[scan].hasPrefix("| ") { scan += 1 }
                scan += 2 // header and delimiter
                while scan < lines.count, lines[scan].hasPrefix("| ") {
                    rows.append(Self.cells(lines[scan]))
                    scan += 1
                }
            }
            blocks.append(Block(info: info, text: body.joined(separator: "\n"), isFolded: folded, exampleID: exampleID, issueRows: rows))
        }
        self.blocks = blocks
    }

    /// The cells of a table row, split at pipes that are not escaped.
    static func cells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var previous: Character = " "
        for character in row.dropFirst(2).dropLast(2) {
            if character == "|", previous != "\\" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }
}
