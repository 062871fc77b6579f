import ArgumentParser
import Foundation
import InicisCodegen

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Exit 0 when the output folder is exactly what the schema produces, 1 when it is stale. Writes nothing."
    )

    @OptionGroup var schemaOptions: SchemaOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try Invocation.run {
            let plan = try OutputPlan.make(schemaPath: schemaOptions.schema, outputPath: outputOptions.output)
            guard !plan.isEmpty else {
                Terminal.out("\(outputOptions.output): up to date with \(schemaOptions.schema)")
                return
            }
            report(plan)
            throw ExitStatus.failure
        }
    }

    private func report(_ plan: OutputPlan) {
        Terminal.err("\(outputOptions.output): \(Terminal.counted(plan.changes.count, "file")) out of date with \(schemaOptions.schema):")
        for change in plan.changes {
            Terminal.err("  \(change.path): \(change.kind.rawValue)")
        }
        if let first = plan.changes.first {
            let text = { (data: [UInt8]?) in data.map { String(decoding: $0, as: UTF8.self) } ?? "" }
            let diff = UnifiedDiff.render(
                old: text(first.current), new: text(first.generated),
                oldName: "\(outputOptions.output)/\(first.path) (on disk)",
                newName: "\(outputOptions.output)/\(first.path) (generated)",
                maxLines: 40
            )
            Terminal.err("")
            Terminal.err(diff, terminator: "")
        }
        Terminal.err("To fix, run: \(fixCommand)")
    }

    private var fixCommand: String {
        var command = "swift run inicis-codegen"
        if schemaOptions.schema != SchemaOptions.defaultSchema { command += " --schema \(schemaOptions.schema)" }
        if outputOptions.output != OutputOptions.defaultOutput { command += " --output \(outputOptions.output)" }
        return command
    }
}
