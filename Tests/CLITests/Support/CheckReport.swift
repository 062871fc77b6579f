import Foundation
import InicisCodegen

/// What `check` prints on stderr for a stale folder: the stale files, a diff of the first one, and
/// the command that fixes it. The tests compare the whole text with it.
struct CheckReport {
    var output: URL
    var schema: URL = PackagePaths.schema
    /// Each stale file with what is wrong with it ("missing", "differs", "no longer generated"),
    /// and its text on disk and as generated ("" when there is none), sorted by path.
    var changes: [(path: String, kind: String, onDisk: String, generated: String)]

    var text: String {
        var lines = ["\(output.path): \(changes.count) file\(changes.count == 1 ? "" : "s") out of date with \(schema.path):"]
        lines += changes.map { "  \($0.path): \($0.kind)" }
        var report = lines.joined(separator: "\n") + "\n"
        if let first = changes.first {
            report += "\n" + UnifiedDiff.render(
                old: first.onDisk, new: first.generated,
                oldName: "\(output.path)/\(first.path) (on disk)", newName: "\(output.path)/\(first.path) (generated)",
                maxLines: 40
            )
        }
        return report + "To fix, run: swift run inicis-codegen --schema \(schema.path) --output \(output.path)\n"
    }
}
