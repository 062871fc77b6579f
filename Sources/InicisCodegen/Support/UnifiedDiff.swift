/// A unified diff of two texts, line by line, for `check` and the golden tests: a reader sees
/// what changed without leaving the terminal.
public enum UnifiedDiff {
    /// Empty when the texts are equal. `context` lines of unchanged text surround each hunk;
    /// at most `maxLines` lines are printed, then a line says how many were left out.
    public static func render(old: String, new: String, oldName: String, newName: String, context: Int = 3, maxLines: Int = .max) -> String {
        let oldLines = splitLines(old)
        let newLines = splitLines(new)
        let edits = LineEdits.compute(old: oldLines, new: newLines)
        guard edits.contains(where: { $0.kind != .same }) else { return "" }
        var output = ["--- \(oldName)", "+++ \(newName)"]
        for hunk in hunks(edits, context: context) {
            output.append(hunk.header)
            output.append(contentsOf: hunk.lines)
        }
        if output.count > maxLines {
            let omitted = output.count - maxLines
            output = Array(output.prefix(maxLines)) + ["… \(omitted) more diff lines"]
        }
        return output.joined(separator: "\n") + "\n"
    }

    private static func splitLines(_ text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    private struct Hunk {
        var header: String
        var lines: [String]
    }

    private static func hunks(_ edits: [LineEdits.Edit], context: Int) -> [Hunk] {
        let changed = edits.indices.filter { edits[$0].kind != .same }
        var ranges: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(edits.count - 1, index + context)
            if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        return ranges.map { range in
            let slice = edits[range]
            let oldStart = (slice.first?.oldIndex ?? 0) + 1
            let newStart = (slice.first?.newIndex ?? 0) + 1
            let oldCount = slice.filter { $0.kind != .inserted }.count
            let newCount = slice.filter { $0.kind != .deleted }.count
            let lines = slice.map { edit -> String in
                switch edit.kind {
                case .same: " " + edit.text
                case .deleted: "-" + edit.text
                case .inserted: "+" + edit.text
                }
            }
            return Hunk(header: "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@", lines: lines)
        }
    }
}

/// The shortest edit script between two line arrays (LCS on lines, trimmed of the common
/// prefix and suffix so that generated files, which differ in few places, stay cheap).
enum LineEdits {
    enum Kind { case same, deleted, inserted }

    struct Edit {
        var kind: Kind
        var text: String
        /// Position in the old text (for deleted and same) or where the insertion lands.
        var oldIndex: Int
        var newIndex: Int
    }

    static func compute(old: [Substring], new: [Substring]) -> [Edit] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let oldMiddle = Array(old[prefix..<(old.count - suffix)])
        let newMiddle = Array(new[prefix..<(new.count - suffix)])

        var edits: [Edit] = (0..<prefix).map { Edit(kind: .same, text: String(old[$0]), oldIndex: $0, newIndex: $0) }
        edits += middleEdits(oldMiddle, newMiddle, offsetOld: prefix, offsetNew: prefix)
        for index in 0..<suffix {
            let oldIndex = old.count - suffix + index
            let newIndex = new.count - suffix + index
            edits.append(Edit(kind: .same, text: String(old[oldIndex]), oldIndex: oldIndex, newIndex: newIndex))
        }
        return edits
    }

    private static func middleEdits(_ old: [Substring], _ new: [Substring], offsetOld: Int, offsetNew: Int) -> [Edit] {
        // Past this size an LCS table costs too much memory; a plain replace is still a correct diff.
        guard old.count * new.count <= 4_000_000 else {
            return old.enumerated().map { Edit(kind: .deleted, text: String($1), oldIndex: offsetOld + $0, newIndex: offsetNew) }
                + new.enumerated().map { Edit(kind: .inserted, text: String($1), oldIndex: offsetOld + old.count, newIndex: offsetNew + $0) }
        }
        let columns = new.count + 1
        var lengths = [Int](repeating: 0, count: (old.count + 1) * columns)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lengths[i * columns + j] = old[i] == new[j]
                    ? lengths[(i + 1) * columns + j + 1] + 1
                    : max(lengths[(i + 1) * columns + j], lengths[i * columns + j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                edits.append(Edit(kind: .same, text: String(old[i]), oldIndex: offsetOld + i, newIndex: offsetNew + j))
                i += 1; j += 1
            } else if j < new.count, i == old.count || lengths[i * columns + j + 1] >= lengths[(i + 1) * columns + j] {
                edits.append(Edit(kind: .inserted, text: String(new[j]), oldIndex: offsetOld + i, newIndex: offsetNew + j))
                j += 1
            } else {
                edits.append(Edit(kind: .deleted, text: String(old[i]), oldIndex: offsetOld + i, newIndex: offsetNew + j))
                i += 1
            }
        }
        return edits
    }
}
