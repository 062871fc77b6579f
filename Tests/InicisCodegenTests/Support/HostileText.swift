import PropertyBased

/// Random text made to break generated code and pages: string and comment delimiters,
/// interpolation, Markdown and HTML syntax, right-to-left and combining characters, very long
/// lines. A text is lines joined by assorted line breaks; each line starts with a marker so that
/// the tests can find it in the output.
enum HostileText {
    /// What issue 8 lists, and more of the same kind.
    static let tokens = [
        "\"", "'", "\\", "\\\\", "\"\"\"", "#\"", "\"#", "*/", "/*", "/**", "//", "\\(x)", "\\(", "`", "``", "```", "`code`",
        "|", "a|b", "\\|", "<script>alert(1)</script>", "<b>", "</td>", "<!--", "-->", "]]>", "&", "&amp;", "&lt;",
        "*bold*", "**", "_u_", "__", "[l](x)", "![i](x)", "# h", "#", "- item", "-", "+", "=", "1.", "1)", "~~s~~", ">",
        "${x}", "%@", "{{x}}", "\u{202E}rtl\u{202C}", "\u{200F}", "\u{2066}iso\u{2069}", "مرحبا", "שלום", "e\u{301}",
        "a\u{0308}\u{0301}", "\u{FEFF}", "👩‍👩‍👧", "한글", "ﷺ", "Z\u{0336}\u{0337}\u{0338}",
    ]

    static let lineBreaks = ["\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}"]

    /// A supply of texts drawn from `seed`: the same seed gives the same texts.
    struct Supply {
        private var random: Xoshiro
        /// Every text handed out, in order, with the lines it was made of.
        private(set) var issued: [(text: String, lines: [String])] = []

        init(seed: UInt64) {
            random = Xoshiro(seed: (seed, seed ^ 0x9E37_79B9_7F4A_7C15, seed &* 31 &+ 7, ~seed))
        }

        /// One to three lines of tokens joined by assorted line breaks; one line in ten is over
        /// 10,000 characters long. Each line starts with a marker `«n»` unique in the supply.
        mutating func next() -> String {
            let lineCount = Int.random(in: 1...3, using: &random)
            var lines: [String] = []
            for _ in 0..<lineCount {
                let isLong = Int.random(in: 0..<10, using: &random) == 0
                let tokenCount = isLong ? Int.random(in: 2_000...2_500, using: &random) : Int.random(in: 1...8, using: &random)
                let body = (0..<tokenCount).map { _ in tokens.randomElement(using: &random)! }
                lines.append((["«\(issued.count).\(lines.count)»"] + body).joined(separator: " "))
            }
            var text = lines[0]
            for line in lines.dropFirst() {
                text += lineBreaks.randomElement(using: &random)! + line
            }
            issued.append((text, lines))
            return text
        }

        /// A wire value of an enum, as hostile as the schema language allows (`[A-Za-z0-9_-]+`).
        mutating func wireValue(_ index: Int) -> String {
            let alphabet = Array("-_0123456789AZaz")
            let body = (0..<Int.random(in: 1...6, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            return String(body) + "-\(index)"
        }
    }
}
