/// Builds a Markdown page block by block, in the manner of the Swift emitters' `CodePrinter`:
/// sections say what to print, the printer lays it out (one blank line between blocks, the
/// "do not edit" comment first, one trailing newline). Text handed to it is already Markdown;
/// `MarkdownText` and `Prose` make it so.
struct MarkdownPrinter {
    private var blocks: [String] = []

    /// The page's text.
    var text: String {
        ([GeneratedNotice.markdownLine] + blocks).joined(separator: "\n\n") + "\n"
    }

    func file(path: String) -> GeneratedFile {
        GeneratedFile(path: path, contents: text)
    }

    /// One block as it is; an empty block is left out, so optional text leaves no blank lines.
    mutating func block(_ markdown: String) {
        guard !markdown.isEmpty else { return }
        blocks.append(markdown)
    }

    /// `## <a id="anchor"></a>text`.
    mutating func heading(_ level: Int, _ markdown: String, anchor: String? = nil) {
        block(String(repeating: "#", count: level) + " " + (anchor.map(MarkdownText.anchor) ?? "") + markdown)
    }

    /// A bullet list; no items, no list.
    mutating func list(_ items: [String]) {
        block(items.map { "- " + $0 }.joined(separator: "\n"))
    }

    /// A table with a header row; no rows, no table. Cells must already be Markdown that is safe
    /// in a cell (pipes escaped, no line breaks).
    mutating func table(_ header: [String], _ rows: [[String]]) {
        guard !rows.isEmpty else { return }
        let lines = [header, header.map { _ in "---" }] + rows
        block(lines.map { cells in "| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |" }.joined(separator: "\n"))
    }

    mutating func fenced(_ content: String, info: String) {
        block(MarkdownText.fenced(content, info: info))
    }

    /// `<details>` with a summary line, folding what `body` prints: GitHub shows the summary and
    /// opens the rest on a click. The summary is HTML, not Markdown (it sits in an HTML block), so
    /// it is given as plain text and escaped; the blank lines around the body let it be Markdown.
    mutating func details(summary: String, anchor: String? = nil, _ body: (inout MarkdownPrinter) -> Void) {
        var inner = MarkdownPrinter()
        body(&inner)
        block("<details>\n<summary>" + (anchor.map(MarkdownText.anchor) ?? "") + HTMLText.escaped(TextLines.singleLine(summary)) + "</summary>")
        blocks += inner.blocks
        block("</details>")
    }

    /// The blocks of another printer, in order.
    mutating func append(_ other: MarkdownPrinter) {
        blocks += other.blocks
    }
}
