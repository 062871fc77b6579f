import Foundation

/// Renders Markdown with `cmark-gfm` (Debian's package; `.ci/run` installs it), the C reference
/// implementation of GitHub-flavoured Markdown that GitHub's own renderer is built on.
///
/// `--unsafe` keeps raw HTML: the pages' `<a id>` anchors are raw HTML (GitHub keeps them), and
/// with raw HTML passed through, any schema text that escaped as markup would show up as a tag
/// in the output. `--sourcepos` marks every table cell with its source columns, which is how the
/// tests see cells that GFM silently dropped or padded.
enum GFMRenderer {
    static var isAvailable: Bool {
        (try? run(markdown: "x")) != nil
    }

    static func render(_ markdown: String) throws -> String {
        try run(markdown: markdown)
    }

    /// One page per process: pages are independent and small.
    private static func run(markdown: String) throws -> String {
        let (status, html) = try ChildProcess.run(
            ["cmark-gfm", "--unsafe", "--sourcepos", "-e", "table", "-e", "autolink", "-e", "strikethrough"],
            input: Data(markdown.utf8)
        )
        guard status == 0 else { throw RenderError.failed(status) }
        return String(decoding: html, as: UTF8.self)
    }

    /// Text as cmark-gfm writes it into HTML.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// The element names of every tag in `html`.
    static func tagNames(in html: String) -> Set<String> {
        let pattern = /<\/?([A-Za-z][A-Za-z0-9]*)/
        return Set(html.matches(of: pattern).map { String($0.1).lowercased() })
    }

    enum RenderError: Error {
        case failed(Int32)
    }
}
