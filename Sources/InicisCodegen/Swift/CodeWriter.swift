/// Builds a source file line by line, keeping track of indentation.
///
/// Lines go straight into one byte buffer (no array of lines to join at the end); empty lines
/// are only counted until a non-empty line follows, so trailing ones are dropped for free.
struct CodeWriter {
    /// The UTF-8 bytes so far, which the fixed-arity `line` overloads (CodeWriter+Lines.swift)
    /// hand to each piece directly.
    private var output: [UInt8] = []
    private var pendingEmptyLines = 0
    private var depth = 0

    init() {
        // Most generated files are a few to a few dozen KB; start big enough for many of them.
        output.reserveCapacity(16 * 1024)
    }

    /// An empty `text` gives an empty line, without indentation.
    mutating func line(_ text: String = "") {
        if text.isEmpty {
            pendingEmptyLines += 1
            return
        }
        startLine()
        text.append(to: &output)
        output.append(UInt8(ascii: "\n"))
    }

    /// One line from several pieces, appended without building the line as a `String` first:
    /// `line("case ", name, " = ", value)`. Pieces that are all empty give an empty line.
    /// Lines of one to eight pieces take the cheaper overloads in CodeWriter+Lines.swift.
    mutating func line<each Piece: TextPiece>(_ pieces: repeat each Piece) {
        writeLine { output in
            repeat (each pieces).append(to: &output)
        }
    }

    /// One line whose content `appendPieces` writes; nothing but an empty line when it writes
    /// nothing. Inlined into each `line` overload, so the closure costs no call.
    @inline(__always)
    mutating func writeLine(_ appendPieces: (inout [UInt8]) -> Void) {
        let mark = output.count
        let pending = pendingEmptyLines
        startLine()
        let contentStart = output.count
        appendPieces(&output)
        guard output.count > contentStart else {
            output.removeSubrange(mark...)
            pendingEmptyLines = pending + 1
            return
        }
        output.append(UInt8(ascii: "\n"))
    }

    /// The empty lines waiting for a non-empty one, then the indentation.
    private mutating func startLine() {
        for _ in 0..<pendingEmptyLines { output.append(UInt8(ascii: "\n")) }
        pendingEmptyLines = 0
        guard depth > 0 else { return }
        if depth < Self.indentations.count {
            output.append(contentsOf: Self.indentations[depth])
        } else {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * Self.indentWidth))
        }
    }

    private static let indentWidth = 4

    /// Indentation made once: a file has thousands of lines at a handful of depths.
    private static let indentations = (0..<12).map { [UInt8](repeating: UInt8(ascii: " "), count: $0 * indentWidth) }

    mutating func lines(_ texts: [String]) {
        texts.forEach { line($0) }
    }

    /// Multi-line text the generator holds itself (the bypass runtime's sources), a line per LF.
    /// The text must be clean lines already, so that this writes what
    /// `lines(TextLines.split(text))` would; debug builds (the tests) check it. Copying the bytes
    /// line by line skips reading the text scalar by scalar and making a `String` of each line.
    mutating func verbatim(_ text: String) {
        assert(
            TextLines.split(text) == text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
            "verbatim text must be clean lines: use lines(TextLines.split(text))"
        )
        var text = text
        text.withUTF8 { bytes in
            var lineStart = bytes.startIndex
            while let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
                writeLine { $0.append(contentsOf: bytes[lineStart..<lineEnd]) }
                lineStart = lineEnd + 1
            }
            writeLine { $0.append(contentsOf: bytes[lineStart...]) }
        }
    }

    /// `opener {`, the body one level deeper, `}`.
    mutating func block(_ opener: String, _ body: (inout CodeWriter) -> Void) {
        line(opener, " {")
        indented(body)
        line("}")
    }

    /// `block` with an opener of several pieces, none of them joined into a `String` first:
    /// `block("public enum ", name, ": Hashable") { … }`.
    mutating func block<each Piece: TextPiece>(_ opener: repeat each Piece, body: (inout CodeWriter) -> Void) {
        line(repeat each opener, " {")
        indented(body)
        line("}")
    }

    /// `switch subject {`, the cases at the same depth as the `switch` (Swift's usual style), `}`.
    mutating func switchBlock(_ subject: String, _ body: (inout CodeWriter) -> Void) {
        line("switch ", subject, " {")
        body(&self)
        line("}")
    }

    /// `do {`, the body, `} catch {`, the handler, `}`.
    mutating func doCatch(_ body: (inout CodeWriter) -> Void, catch handler: (inout CodeWriter) -> Void) {
        line("do {")
        indented(body)
        line("} catch {")
        indented(handler)
        line("}")
    }

    /// The body one level deeper, without braces.
    mutating func indented(_ body: (inout CodeWriter) -> Void) {
        depth += 1
        body(&self)
        depth -= 1
    }

    /// Nothing written yet, not even an empty line.
    var isEmpty: Bool { output.isEmpty && pendingEmptyLines == 0 }

    /// The lines joined with LF, with exactly one trailing newline (trailing empty lines dropped).
    var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// `text` as UTF-8 bytes, without making a `String`.
    /// An exact-size copy: the writer's buffer starts at 16 KB and most files are a few KB, so
    /// keeping it would leave thousands of mostly empty 16 KB blocks in memory for a large schema
    /// (325 MB reserved at 100×); copied, each block is freed and reused by the next file.
    var bytes: [UInt8] {
        output.isEmpty ? [UInt8(ascii: "\n")] : Array(output[...])
    }
}
