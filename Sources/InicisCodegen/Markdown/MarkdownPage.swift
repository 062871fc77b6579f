/// A Markdown file being built: the notice comment first, blocks separated by one blank line.
/// Blocks, list items and table cells are written as `TextPiece`s straight into one byte buffer,
/// so a page makes no intermediate strings, lines or rows.
struct MarkdownPage {
    private var bytes: [UInt8] = []

    /// `capacity`: about how many bytes the page will have; growing a page copies all of it.
    init(capacity: Int = 32 * 1024) {
        bytes.reserveCapacity(capacity)
        GeneratedNotice.markdownLine.append(to: &bytes)
    }

    private init(fragmentOf capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Blocks without the notice, rendered once and then added to several pages.
    static func fragment() -> MarkdownPage {
        MarkdownPage(fragmentOf: 4 * 1024)
    }

    /// The blocks of a `fragment()`, in order, as if added one by one.
    mutating func add(_ fragment: MarkdownPage) {
        bytes.append(contentsOf: fragment.bytes)
    }

    /// A block of one line made of `pieces`; nothing at all when they are all empty, so optional
    /// text leaves no extra blank lines.
    @inline(__always)
    mutating func add<each Piece: TextPiece>(_ pieces: repeat each Piece) {
        let mark = bytes.count
        bytes.append(contentsOf: Self.blockSeparator)
        repeat (each pieces).append(to: &bytes)
        if bytes.count == mark + Self.blockSeparator.count { bytes.removeSubrange(mark...) }
    }

    /// A block of one piece: not a pack of one, which costs a copy of the piece (see `write`).
    @inline(__always)
    mutating func add<Piece: TextPiece>(_ piece: Piece) {
        let mark = bytes.count
        bytes.append(contentsOf: Self.blockSeparator)
        piece.append(to: &bytes)
        if bytes.count == mark + Self.blockSeparator.count { bytes.removeSubrange(mark...) }
    }

    /// A block of the given lines; skipped when every line is empty.
    mutating func add(_ lines: [String]) {
        addLines { block in
            for line in lines { block.add(line) }
        }
    }

    /// A block of several lines (a list, a fenced block) that `write` adds one by one; skipped
    /// when every line is empty.
    mutating func addLines(_ write: (inout MarkdownLines) -> Void) {
        let mark = bytes.count
        var lines = MarkdownLines(bytes: bytes.takeAll())
        lines.bytes.append(contentsOf: Self.blockSeparator)
        write(&lines)
        if !lines.hasText { lines.bytes.removeSubrange(mark...) }
        bytes = lines.bytes
    }

    /// A table with a header row whose rows `write` adds; no rows, no table. Cells must already
    /// be Markdown (escaped).
    mutating func addTable(header: [String], _ write: (inout MarkdownTable) -> Void) {
        let mark = bytes.count
        var table = MarkdownTable(bytes: bytes.takeAll())
        table.bytes.append(contentsOf: Self.blockSeparator)
        table.addHeader(header)
        let headerEnd = table.bytes.count
        write(&table)
        if table.bytes.count == headerEnd { table.bytes.removeSubrange(mark...) }
        bytes = table.bytes
    }

    /// A table from rows of ready cells.
    mutating func addTable(header: [String], rows: [[String]]) {
        addTable(header: header) { table in
            for cells in rows {
                table.addRow { row in
                    for cell in cells { row.add(cell) }
                }
            }
        }
    }

    /// A fenced block that no line of `content` can close: the fence is longer than any backtick
    /// run in it. The same lines as `MarkdownText.fencedBlock`.
    mutating func addFencedBlock(_ content: String, info: String) {
        let fence = Fence(length: max(3, MarkdownEscaping.longestBacktickRun(in: content) + 1))
        addLines { block in
            block.add(fence, info)
            TextLines.forEachLine(in: content) { line in block.add(line) }
            block.add(fence)
        }
    }

    /// The finished file. Consuming: the page's bytes become the file's without a copy.
    consuming func file(path: String) -> GeneratedFile {
        bytes.append(UInt8(ascii: "\n"))
        return GeneratedFile(path: path, bytes: bytes)
    }

    private static let blockSeparator: [UInt8] = [UInt8(ascii: "\n"), UInt8(ascii: "\n")]
}

/// The lines of one block, separated by LF.
struct MarkdownLines {
    fileprivate var bytes: [UInt8]
    private var isFirst = true
    /// Whether some line was not empty: a block of empty lines is left out.
    fileprivate private(set) var hasText = false

    fileprivate init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// One line made of `pieces`.
    @inline(__always)
    mutating func add<each Piece: TextPiece>(_ pieces: repeat each Piece) {
        if !isFirst { bytes.append(UInt8(ascii: "\n")) }
        isFirst = false
        let start = bytes.count
        repeat (each pieces).append(to: &bytes)
        if bytes.count > start { hasText = true }
    }

    /// One line of one piece: not a pack of one, which costs a copy of the piece (see `write`).
    @inline(__always)
    mutating func add<Piece: TextPiece>(_ piece: Piece) {
        if !isFirst { bytes.append(UInt8(ascii: "\n")) }
        isFirst = false
        let start = bytes.count
        piece.append(to: &bytes)
        if bytes.count > start { hasText = true }
    }
}

/// The rows of one table, each `| a | b |` on its own line.
struct MarkdownTable {
    fileprivate var bytes: [UInt8]

    fileprivate init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The header row and the delimiter row under it.
    fileprivate mutating func addHeader(_ header: [String]) {
        appendRow { row in
            for cell in header { row.add(cell) }
        }
        addRow { row in
            for _ in header { row.add("---") }
        }
    }

    /// One row whose cells `write` adds from left to right.
    mutating func addRow(_ write: (inout MarkdownRow) -> Void) {
        bytes.append(UInt8(ascii: "\n"))
        appendRow(write)
    }

    private mutating func appendRow(_ write: (inout MarkdownRow) -> Void) {
        var row = MarkdownRow(bytes: bytes.takeAll())
        row.bytes.append(UInt8(ascii: "|"))
        write(&row)
        bytes = row.bytes
    }
}

/// The cells of one table row.
struct MarkdownRow {
    fileprivate var bytes: [UInt8]

    fileprivate init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// One cell made of `pieces`; an empty cell is a blank, so the row keeps its columns.
    @inline(__always)
    mutating func add<each Piece: TextPiece>(_ pieces: repeat each Piece) {
        bytes.append(UInt8(ascii: " "))
        let start = bytes.count
        repeat (each pieces).append(to: &bytes)
        if bytes.count == start { bytes.append(UInt8(ascii: " ")) }
        bytes.append(UInt8(ascii: " "))
        bytes.append(UInt8(ascii: "|"))
    }

    /// One cell of one piece: not a pack of one, which costs a copy of the piece (see `write`).
    @inline(__always)
    mutating func add<Piece: TextPiece>(_ piece: Piece) {
        add { piece.append(to: &$0) }
    }

    /// One cell that `write` writes: for cells made from values that a piece would have to copy
    /// (a schema field is dozens of strings and arrays), passed to `write` by reference instead.
    @inline(__always)
    mutating func add(_ write: (inout [UInt8]) -> Void) {
        bytes.append(UInt8(ascii: " "))
        let start = bytes.count
        write(&bytes)
        if bytes.count == start { bytes.append(UInt8(ascii: " ")) }
        bytes.append(UInt8(ascii: " "))
        bytes.append(UInt8(ascii: "|"))
    }
}

/// A run of backticks that opens or closes a fenced block.
private struct Fence: TextPiece {
    let length: Int

    func append(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "`"), count: length))
    }
}

extension Array {
    /// The array, leaving an empty one behind: the result is then the only reference to its
    /// storage, so appending to it never copies.
    fileprivate mutating func takeAll() -> [Element] {
        let all = self
        self = []
        return all
    }
}
