@testable import InicisCodegen
import InicisSchema
import Testing

@Suite("Escaping schema text")
struct TextEscapingTests {
    @Test func swiftStringLiteralEscapesEverythingThatCouldEndOrBendIt() {
        #expect(SwiftStringLiteral.render(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(SwiftStringLiteral.render("\"\"\"") == #""\"\"\"""#)
        #expect(SwiftStringLiteral.render(#"\(x)"#) == #""\\(x)""#)
        #expect(SwiftStringLiteral.render("1\n2\r3\t4\u{0}5") == #""1\n2\r3\t4\05""#)
        #expect(SwiftStringLiteral.render("\u{7}\u{2028}\u{202E}") == #""\u{7}\u{2028}\u{202E}""#)
        #expect(SwiftStringLiteral.render("한글 ✓") == "\"한글 ✓\"")
    }

    /// Lead bytes shared with escaped scalars (`·` is C2 B7, `—` is E2 80 94) send the text to the
    /// scalar check, which keeps what needs no escape; the piece writes what `render` returns.
    @Test func swiftStringLiteralScreensBytesExactly() {
        #expect(SwiftStringLiteral.render("a·b—c\u{00A0}\u{FEFE}") == "\"a·b—c\u{00A0}\u{FEFE}\"")
        #expect(SwiftStringLiteral.render("\u{85}\u{61C}\u{200E}\u{2066}\u{FEFF}") == #""\u{85}\u{61C}\u{200E}\u{2066}\u{FEFF}""#)
        for text in ["plain", "한글 라벨", "a·b", "x\u{2029}y", "\u{7F}", "tab\there", "\"", "\\", ""] {
            var bytes: [UInt8] = []
            SwiftStringLiteral.Piece(text).append(to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == SwiftStringLiteral.render(text))
        }
    }

    @Test func docCommentSplitsEveryLineBreakAndKeepsTheRest() {
        let lines = DocComment.render([.paragraph("a */ \"\"\" \\(x) `b`\nc\r\nd\re\u{2028}f\u{2029}g\u{0}")])
        #expect(lines == [
            "/// a */ \"\"\" \\(x) `b`",
            "/// c",
            "/// d",
            "/// e",
            "/// f",
            "/// g\\u{0}",
        ])
    }

    @Test func docCommentSeparatesBlocksAndIndentsListContinuations() {
        let lines = DocComment.render([.paragraph("요약"), .paragraph(""), .list(["first\nsecond", "third"])])
        #expect(lines == ["/// 요약", "///", "/// - first", "///   second", "/// - third"])
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
    }

    @Test func fencedBlockOutrunsBackticksInTheContent() {
        #expect(MarkdownText.fencedBlock("{\"a\": \"```\"}", info: "json") == ["````json", "{\"a\": \"```\"}", "````"])
        #expect(MarkdownText.fencedBlock("{}", info: "json") == ["```json", "{}", "```"])
    }

    @Test func anchorsAreLowercaseASCIIWithDashes() {
        #expect(Naming.anchor("payment", "customer.fullName") == "payment-customer-fullname")
        #expect(Naming.anchor("x", "P_CARD_OPTION") == "x-p-card-option")
        #expect(Naming.anchor("결제") == "--")
    }
}
