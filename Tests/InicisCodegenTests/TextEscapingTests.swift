@testable import InicisCodegen
import InicisSchema
import Testing

@Suite("Escaping schema text")
struct TextEscapingTests {
    @Test func swiftStringLiteralEscapesEverythingThatCouldEndOrBendIt() {
        #expect(SwiftSource.literal(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(SwiftSource.literal("\"\"\"") == #""\"\"\"""#)
        #expect(SwiftSource.literal(#"\(x)"#) == #""\\(x)""#)
        #expect(SwiftSource.literal("1\n2\r3\t4\u{0}5") == #""1\n2\r3\t4\u{0}5""#)
        #expect(SwiftSource.literal("\u{7}\u{2028}\u{202E}") == #""\u{7}\u{2028}\u{202e}""#)
        #expect(SwiftSource.literal("한글 ✓ a·b—c\u{00A0}") == "\"한글 ✓ a·b—c\u{00A0}\"")
        #expect(SwiftSource.literal("\u{85}\u{61C}\u{200E}\u{2066}\u{FEFF}") == #""\u{85}\u{61c}\u{200e}\u{2066}\u{feff}""#)
    }

    @Test func rawMultilineLiteralOutrunsQuotesAndBackslashesInTheText() {
        #expect(SwiftSource.rawMultilineLiteral("{}") == "#\"\"\"\n{}\n\"\"\"#")
        #expect(SwiftSource.rawMultilineLiteral("a\\#(b)") == "##\"\"\"\na\\#(b)\n\"\"\"##")
        #expect(SwiftSource.rawMultilineLiteral("x\"\"\"#y") == "##\"\"\"\nx\"\"\"#y\n\"\"\"##")
        #expect(SwiftSource.rawMultilineLiteral("\"\"\"\"##z\\#") == "###\"\"\"\n\"\"\"\"##z\\#\n\"\"\"###")
        #expect(SwiftSource.rawMultilineLiteral("\"\"## a\"\"#\"## #") == "#\"\"\"\n\"\"## a\"\"#\"## #\n\"\"\"#")
    }

    @Test func textLinesSplitEveryLineBreakAndCleanEachLine() {
        #expect(TextLines.split("{\n  \"a\": 1\n\n}") == ["{", "  \"a\": 1", "", "}"])
        #expect(TextLines.split("a \nb\t") == ["a", "b"])
        #expect(TextLines.split("a\r\nb\rc\u{2028}d\ne\u{7}") == ["a", "b", "c", "d", "e\\u{7}"])
        #expect(TextLines.split("한\n글") == ["한", "글"])
    }

    @Test func docLinesSplitEveryLineBreakAndBlankControls() {
        #expect(SwiftSource.docLines("a */ \"\"\" \\(x) `b`\nc\r\nd\re\u{2028}f\u{2029}g\u{0}h") == [
            "/// a */ \"\"\" \\(x) `b`",
            "/// c",
            "///",
            "/// d",
            "/// e",
            "/// f",
            "/// g h",
        ])
    }

    @Test func docCommentSeparatesBlocksAndIndentsListContinuations() {
        var comment = SwiftDocComment(Documentation(summary: "요약", notes: ["first\nsecond"]), facts: ["third"])
        comment.item("fourth")
        var printer = CodePrinter()
        comment.print(into: &printer)
        #expect(printer.text == """
            /// 요약
            ///
            /// - third
            /// - Note: first
            ///   second
            /// - fourth

            """)
    }

    @Test func hostileTextNeverLeavesTheComment() {
        let source = GeneratedOutput()["Swift/Enums/Awkward.swift"]
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) where line.contains("끝 */") {
            #expect(line.trimmingPrefix(while: { $0 == " " }).hasPrefix("///"), "\(line)")
        }
        #expect(!source.contains("\r"))
        #expect(!source.contains("\u{2028}"))
        #expect(!source.unicodeScalars.contains("\u{0}"))
    }

    @Test func markdownProseEscapesSpecials() {
        #expect(MarkdownText.paragraph("<script>alert(1)</script>") == #"\<script\>alert(1)\</script\>"#)
        #expect(MarkdownText.paragraph("a|b `c` *d* _e_ [f](g) & h\\") == #"a\|b \`c\` \*d\* \_e\_ \[f\](g) \& h\\"#)
        #expect(MarkdownText.paragraph("# no heading\n- no list\n1. no list\n  ind") == "\\# no heading\n\\- no list\n1\\. no list\nind")
    }

    /// Found by InjectedTextTests: `# title #` is a heading whose closing `#` GFM drops.
    @Test func markdownEscapesATrailingHashThatWouldCloseAHeading() {
        #expect(MarkdownText.inline("\\ {{x}} #") == ##"\\ {{x}} \#"##)
        #expect(MarkdownText.paragraph("a ##") == ##"a #\#"##)
        #expect(MarkdownText.paragraph("#") == ##"\#"##)
    }

    @Test func markdownInlineTextStaysOnOneLine() {
        #expect(MarkdownText.inline("a\nb\r\n\nc|d") == #"a<br>b<br>c\|d"#)
    }

    @Test func codeSpansUseALongerFenceAndEscapePipesInTables() {
        #expect(MarkdownText.code("a|b") == #"`a\|b`"#)
        #expect(MarkdownText.code("a|b", inTable: false) == "`a|b`")
        #expect(MarkdownText.code("a`b") == "``a`b``")
        #expect(MarkdownText.code("``x") == "``` ``x ```")
        // CommonMark has no empty code span (`` is two backticks): the empty JSON key shows as a space.
        #expect(MarkdownText.code("") == "` `")
        #expect(CodeSpan.render("") == "` `")
    }

    @Test func fencedBlockOutrunsBackticksInTheContent() {
        #expect(MarkdownText.fenced("{\"a\": \"```\"}", info: "json") == "````json\n{\"a\": \"```\"}\n````")
        #expect(MarkdownText.fenced("{}", info: "json") == "```json\n{}\n```")
    }

    @Test func anchorsAreLowercaseASCIIWithDashes() {
        #expect(Naming.anchor("payment", "customer.fullName") == "payment-customer-fullname")
        #expect(Naming.anchor("x", "P_CARD_OPTION") == "x-p-card-option")
        #expect(Naming.anchor("결제") == "--")
    }
}
