import InicisCodegen
import Testing

@Suite("Unified diff")
struct UnifiedDiffTests {
    private let old = (1...12).map { "line \($0)" }.joined(separator: "\n") + "\n"

    @Test func equalTextsHaveNoDiff() {
        #expect(UnifiedDiff.render(old: old, new: old, oldName: "a", newName: "b") == "")
    }

    @Test func changesFarApartMakeTwoHunks() {
        let new = old.replacingOccurrences(of: "line 2\n", with: "line two\n").replacingOccurrences(of: "line 11\n", with: "")
        #expect(UnifiedDiff.render(old: old, new: new, oldName: "a", newName: "b") == """
            --- a
            +++ b
            @@ -1,5 +1,5 @@
             line 1
            -line 2
            +line two
             line 3
             line 4
             line 5
            @@ -8,5 +8,4 @@
             line 8
             line 9
             line 10
            -line 11
             line 12

            """)
    }

    @Test func changesCloseTogetherShareAHunk() {
        let new = old.replacingOccurrences(of: "line 4\n", with: "").replacingOccurrences(of: "line 6\n", with: "line 6\nline 6½\n")
        #expect(UnifiedDiff.render(old: old, new: new, oldName: "a", newName: "b", context: 1) == """
            --- a
            +++ b
            @@ -3,5 +3,5 @@
             line 3
            -line 4
             line 5
             line 6
            +line 6½
             line 7

            """)
    }

    @Test func anEmptySideStartsAtLineZero() {
        #expect(UnifiedDiff.render(old: "", new: "a\nb\n", oldName: "a", newName: "b") == "--- a\n+++ b\n@@ -0,0 +1,2 @@\n+a\n+b\n")
        #expect(UnifiedDiff.render(old: "a\n", new: "", oldName: "a", newName: "b") == "--- a\n+++ b\n@@ -1,1 +0,0 @@\n-a\n")
    }

    @Test func longDiffsAreCut() {
        let new = old.replacingOccurrences(of: "line", with: "row")
        let diff = UnifiedDiff.render(old: old, new: new, oldName: "a", newName: "b", maxLines: 4)
        #expect(diff == "--- a\n+++ b\n@@ -1,12 +1,12 @@\n-line 1\n… 23 more diff lines\n")
    }
}
