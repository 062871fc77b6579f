import Foundation

/// What the tests read back from cmark-gfm's HTML: element ids, link targets, tag names and
/// table rows with their source positions.
struct RenderedPage {
    let name: String
    let html: String

    var ids: [String] { matches(#"\sid="([^"]*)""#) }
    var hrefs: [String] { matches(#"<a href="([^"]*)""#) }

    /// Every tag name that opens an element, lowercased: `p`, `td`, `a`, `br`, …
    var tagNames: Set<String> { Set(matches(#"<([A-Za-z][A-Za-z0-9]*)"#).map { $0.lowercased() }) }

    /// Table rows whose cells do not match the source line: a cell GFM added to fill a short
    /// row (column 0 in `data-sourcepos`), or cells it dropped from a long one (the last cell
    /// ends before the row's closing pipe).
    var malformedRows: [String] {
        var problems: [String] = []
        for row in matches(#"(<tr data-sourcepos="[^"]*">[\s\S]*?</tr>)"#) {
            guard let rowEnd = positions(in: row, tag: "tr").first?.end else { continue }
            let cells = positions(in: row, tag: "td") + positions(in: row, tag: "th")
            if cells.contains(where: { $0.start == 0 }) {
                problems.append("\(name): a row has fewer cells than its header: \(row.prefix(200))")
            } else if let last = cells.map(\.end).max(), last + 1 != rowEnd {
                problems.append("\(name): a row has more cells than its header: \(row.prefix(200))")
            }
        }
        return problems
    }

    /// Start and end columns of each `<tag data-sourcepos="l:c-l:c">`.
    private func positions(in text: String, tag: String) -> [(start: Int, end: Int)] {
        Self.matches(#"<\#(tag) data-sourcepos="\d+:(\d+)-\d+:(\d+)""#, in: text, groups: 2).map { groups in
            (Int(groups[0]) ?? -1, Int(groups[1]) ?? -1)
        }
    }

    private func matches(_ pattern: String) -> [String] {
        Self.matches(pattern, in: html, groups: 1).map { $0[0] }
    }

    static func matches(_ pattern: String, in text: String, groups: Int) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            (1...groups).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }
}

/// The pages of one output, rendered, with the link checks that need all of them.
struct RenderedSite {
    let pages: [String: RenderedPage]

    init(_ markdownByName: [String: String]) throws {
        var pages: [String: RenderedPage] = [:]
        for (name, markdown) in markdownByName {
            pages[name] = RenderedPage(name: name, html: try GFMRenderer.render(markdown))
        }
        self.pages = pages
    }

    /// Relative links whose page is missing or whose `#anchor` is not an id on that page.
    var brokenLinks: [String] {
        pages.values.sorted { $0.name < $1.name }.flatMap { page in
            page.hrefs.compactMap { href -> String? in
                if href.hasPrefix("http://") || href.hasPrefix("https://") || href.hasPrefix("mailto:") { return nil }
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let file = parts[0].isEmpty ? page.name : parts[0]
                guard let target = pages[file] else { return "\(page.name): \(href): no page \(file)" }
                guard parts.count == 2 else { return nil }
                return target.ids.contains(parts[1]) ? nil : "\(page.name): \(href): no anchor \(parts[1]) in \(file)"
            }
        }
    }

    var duplicateIDs: [String] {
        pages.values.flatMap { page in
            Dictionary(grouping: page.ids, by: { $0 }).filter { $0.value.count > 1 }.keys.map { "\(page.name): \($0)" }
        }
    }
}
