/// A unified diff of two texts, line by line, for `check` and the golden tests: a reader sees
/// what changed without leaving the terminal. The edit script is the standard library's
/// `CollectionDifference`; this type only lays it out as hunks.
public enum UnifiedDiff {
    /// Empty when the texts are equal. `context` lines of unchanged text surround each hunk;
    /// at most `maxLines` lines are printed, then a line says how many were left out.
    public static func render(old: String, new: String, oldName: String, newName: String, context: Int = 3, maxLines: Int = .max) -> String {
        let edits = LineEdit.script(from: lines(of: old), to: lines(of: new))
        guard edits.contains(where: { $0.kind != .same }) else { return "" }
        var output = ["--- \(oldName)", "+++ \(newName)"]
        for range in hunkRanges(edits, context: context) {
            output += hunk(edits[range])
        }
        if output.count > maxLines {
            let omitted = output.count - maxLines
            output = Array(output.prefix(maxLines)) + ["… \(omitted) more diff lines"]
        }
        return output.joined(separator: "\n") + "\n"
    }

    /// The lines of `text`; a final line break ends the last line rather than starting an empty one.
    private static func lines(of text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The edits to show: each change with `context` lines around it, overlapping ranges merged.
    private static func hunkRanges(_ edits: [LineEdit], context: Int) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        for index in edits.indices where edits[index].kind != .same {
            let range = max(0, index - context)...min(edits.count - 1, index + context)
            if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        return ranges
    }

    /// `@@ -start,count +start,count @@` and the hunk's lines. Starts are 1-based; a side with no
    /// lines names the line before the hunk, as `diff -u` does.
    private static func hunk(_ edits: ArraySlice<LineEdit>) -> [String] {
        let oldCount = edits.filter { $0.kind != .inserted }.count
        let newCount = edits.filter { $0.kind != .deleted }.count
        let oldStart = (edits.first?.oldOffset ?? 0) + (oldCount == 0 ? 0 : 1)
        let newStart = (edits.first?.newOffset ?? 0) + (newCount == 0 ? 0 : 1)
        return ["@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@"] + edits.map { edit in
            switch edit.kind {
            case .same: " " + edit.text
            case .deleted: "-" + edit.text
            case .inserted: "+" + edit.text
            }
        }
    }
}

/// One line of an edit script, with where it stands in the old and the new text.
struct LineEdit {
    enum Kind { case same, deleted, inserted }

    var kind: Kind
    var text: Substring
    var oldOffset: Int
    var newOffset: Int

    /// The old lines, in order, with the new text's insertions and the old text's removals
    /// interleaved where they happen (removals first).
    static func script(from old: [Substring], to new: [Substring]) -> [LineEdit] {
        let difference = new.difference(from: old)
        let removed = Set(difference.removals.map(\.offset))
        let inserted = Set(difference.insertions.map(\.offset))
        var edits: [LineEdit] = []
        var oldOffset = 0
        var newOffset = 0
        while oldOffset < old.count || newOffset < new.count {
            if oldOffset < old.count, removed.contains(oldOffset) {
                edits.append(LineEdit(kind: .deleted, text: old[oldOffset], oldOffset: oldOffset, newOffset: newOffset))
                oldOffset += 1
            } else if newOffset < new.count, inserted.contains(newOffset) {
                edits.append(LineEdit(kind: .inserted, text: new[newOffset], oldOffset: oldOffset, newOffset: newOffset))
                newOffset += 1
            } else {
                edits.append(LineEdit(kind: .same, text: old[oldOffset], oldOffset: oldOffset, newOffset: newOffset))
                oldOffset += 1
                newOffset += 1
            }
        }
        return edits
    }
}

private extension CollectionDifference.Change {
    /// Where the change stands: in the old collection for a removal, the new one for an insertion.
    var offset: Int {
        switch self {
        case .insert(let offset, _, _), .remove(let offset, _, _): offset
        }
    }
}
