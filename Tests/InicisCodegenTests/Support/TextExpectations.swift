import Testing

/// `actual` equals `expected`; on failure, the first line that differs and its neighbours.
func expectText(_ actual: String, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    guard actual != expected else { return }
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let common = min(actualLines.count, expectedLines.count)
    let first = (0..<common).first { actualLines[$0] != expectedLines[$0] } ?? common
    let window = max(0, first - 2)..<(first + 3)
    let show = { (lines: [Substring]) in lines.indices.filter(window.contains).map { "\($0 + 1): \(lines[$0])" }.joined(separator: "\n") }
    Issue.record("texts differ at line \(first + 1)\n--- expected\n\(show(expectedLines))\n--- actual\n\(show(actualLines))", sourceLocation: sourceLocation)
}

/// `source` contains `block` as whole consecutive lines (not as a fragment of a longer line).
func expectLines(_ source: String, contain block: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let wanted = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let found = lines.indices.contains { start in
        start + wanted.count <= lines.count && Array(lines[start..<start + wanted.count]) == wanted
    }
    if !found {
        Issue.record("these lines are not in the file:\n\(block)\n--- file\n\(source)", sourceLocation: sourceLocation)
    }
}
