/// Builds a source file line by line, keeping track of indentation.
struct CodeWriter {
    private(set) var lines: [String] = []
    private var depth = 0
    private static let indentUnit = "    "

    /// An empty `text` gives an empty line, without indentation.
    mutating func line(_ text: String = "") {
        lines.append(text.isEmpty || depth == 0 ? text : Self.indentation(depth) + text)
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
        line(opener + " {")
        depth += 1
        body(&self)
        depth -= 1
        line("}")
    }

    /// `switch subject {`, the cases at the same depth as the `switch` (Swift's usual style), `}`.
    mutating func switchBlock(_ subject: String, _ body: (inout CodeWriter) -> Void) {
        line("switch \(subject) {")
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

    /// The lines joined with LF, with exactly one trailing newline.
    var text: String {
        var trimmed = lines
        while trimmed.last == "" { trimmed.removeLast() }
        return trimmed.joined(separator: "\n") + "\n"
    }
}
