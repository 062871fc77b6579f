/// Schema changes as a changelog-ready Markdown list: breaking changes first.
public enum ChangelogRenderer {
    public static func markdown(_ changes: [SchemaChange], oldName: String, newName: String) -> String {
        var lines = ["## Schema changes: \(oldName) → \(newName)", ""]
        guard !changes.isEmpty else {
            return (lines + ["No changes."]).joined(separator: "\n") + "\n"
        }
        for (title, impact) in [("Breaking for downstream Swift code", SchemaChange.Impact.breaking), ("Non-breaking", .nonBreaking)] {
            let selected = changes.filter { $0.impact == impact }.sorted()
            guard !selected.isEmpty else { continue }
            lines.append("### \(title)")
            lines.append("")
            lines += selected.map { "- **\($0.scope)**: \($0.summary)" }
            lines.append("")
        }
        lines.removeLast()
        return lines.joined(separator: "\n") + "\n"
    }
}
