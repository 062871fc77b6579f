import ArgumentParser
import Foundation
import InicisCodegen

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Exit 0 when the output folder is exactly what the schema produces, 1 when it is stale. Writes nothing."
    )

    @OptionGroup var schemaOptions: SchemaOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() async throws {
        let schema = schemaOptions.schema
        let output = outputOptions.output
        try await Invocation.run {
            let plan = try await OutputPlan.make(schemaPath: schema, outputPath: output)
            guard !plan.isEmpty else {
                Terminal.out("\(output): up to date with \(schema)")
                return
            }
            Self.report(plan, schema: schema, output: output)
            throw ExitStatus.failure
        }
    }

    private static func report(_ plan: OutputPlan, schema: String, output: String) {
        Terminal.err("\(output): \(Terminal.counted(plan.changes.count, "file")) out of date with \(schema):")
        for change in plan.changes {
            Terminal.err("  \(change.path): \(change.kind.rawValue)")
        }
        if let first = plan.changes.first {
            let text = { (data: Data?) in data.map { String(decoding: $0, as: UTF8.self) } ?? "" }
            let diff = UnifiedDiff.render(
                old: text(first.current), new: text(first.generated),
                oldName: "\(output)/\(first.path) (on disk)",
                newName: "\(output)/\(first.path) (generated)",
                maxLines: 40
            )
            Terminal.err("")
            Terminal.err(diff, terminator: "")
        }
        Terminal.err("To fix, run: \(fixCommand(schema: schema, output: output))")
    }

    private static func fixCommand(schema: String, output: String) -> String {
        var command = "swift run inicis-codegen"
        if schema != SchemaOptions.defaultSchema { command += " --schema \(schema)" }
        if output != OutputOptions.defaultOutput { command += " --output \(output)" }
        return command
    }
}
