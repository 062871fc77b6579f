import ArgumentParser
import InicisCodegen

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two schema versions and print a changelog-ready Markdown list of what changed.",
        discussion: "Fields, rules, enum values, contracts and bypass options added or removed, requiredness per platform that changed; each change classified as breaking or non-breaking for downstream Swift code. Exit 0 when the schemas load, 1 when either has errors."
    )

    @Argument(help: "The old schema file.")
    var old: String

    @Argument(help: "The new schema file.")
    var new: String

    func run() throws {
        try Invocation.run {
            guard let oldSchema = try SchemaReading.load(old), let newSchema = try SchemaReading.load(new) else {
                throw ExitStatus.failure
            }
            let changes = SchemaComparison.changes(from: oldSchema, to: newSchema)
            Terminal.out(ChangelogRenderer.markdown(changes, oldName: old, newName: new), terminator: "")
        }
    }
}
