/// Builds a source file line by line, keeping track of indentation.
///
/// Lines go straight into one byte buffer (no array of lines to join at the end); empty lines
/// are only counted until a non-empty line follows, so trailing ones are dropped for free.
struct CodeWriter {
    private var buffer = TextBuffer()
    private var pendingEmptyLines = 0
    private var depth = 0
    private static let indentUnit = "    "

    /// An empty `text` gives an empty line, without indentation.
    mutating func line(_ text: String = "") {
        if text.isEmpty {
            pendingEmptyLines += 1
            return
        }
        startLine()
        buffer.append(text, "\n")
    }

    /// One line from several pieces, appended without building the line as a `String` first:
    /// `line("case ", name, " = ", value)`. Pieces that are all empty give an empty line.
    mutating func line<each Piece: TextPiece>(_ pieces: repeat each Piece) {
        let mark = buffer.count
        let pending = pendingEmptyLines
        startLine()
        let contentStart = buffer.count
        buffer.append(repeat each pieces)
        guard buffer.count > contentStart else {
            buffer.truncate(to: mark)
            pendingEmptyLines = pending + 1
            return
        }
        buffer.append(byte: UInt8(ascii: "\n"))
    }

    /// The empty lines waiting for a non-empty one, then the indentation.
    private mutating func startLine() {
        for _ in 0..<pendingEmptyLines { buffer.append(byte: UInt8(ascii: "\n")) }
        pendingEmptyLines = 0
        if depth > 0 { buffer.append(Self.indentation(depth)) }
    }

    /// Indentation strings made once: a file has thousands of lines at a handful of depths.
    private static let indentations = (0..<12).map { String(repeating: indentUnit, count: $0) }

    private static func indentation(_ depth: Int) -> String {
        depth < indentations.count ? indentations[depth] : String(repeating: indentUnit, count: depth)
    }

    mutating func lines(_ texts: [String]) {
        texts.forEach { line($0) }
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
    var isEmpty: Bool { buffer.isEmpty && pendingEmptyLines == 0 }

    /// The lines joined with LF, with exactly one trailing newline (trailing empty lines dropped).
    var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// `text` as UTF-8 bytes, without making a `String`.
    var bytes: [UInt8] {
        buffer.isEmpty ? [UInt8(ascii: "\n")] : buffer.bytes
    }
}
