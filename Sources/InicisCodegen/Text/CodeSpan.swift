/// A CommonMark code span (used by the Markdown pages and by Swift doc comments, which are
/// Markdown too) that shows `text` literally whatever backticks it contains.
enum CodeSpan {
    static func render(_ text: String) -> String {
        // CommonMark has no empty code span: `` would be two literal backticks, which a later
        // pair on the line can close (an empty JSON key, a guide text of spaces only).
        if text.isEmpty { return "` `" }
        // One clean line without backticks (most names and paths): one backtick each side.
        // A clean line has no trailing blank, so it never needs the padding below.
        if TextLines.isCleanLine(text), !text.utf8.contains(UInt8(ascii: "`")) {
            return "`" + text + "`"
        }
        let content = TextLines.singleLine(text)
        let fence = String(repeating: "`", count: longestBacktickRun(in: content) + 1)
        // A space on each side keeps a leading or trailing backtick from joining the fence;
        // CommonMark strips exactly one such space from each side.
        let needsPadding = content.hasPrefix("`") || content.hasSuffix("`")
            || (content.hasPrefix(" ") && content.hasSuffix(" ") && content.contains { $0 != " " })
        let padding = needsPadding ? " " : ""
        return fence + padding + content + padding + fence
    }

    static func longestBacktickRun(in text: String) -> Int {
        var longest = 0
        var current = 0
        for byte in text.utf8 {
            current = byte == UInt8(ascii: "`") ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
