import ArgumentParser
import Foundation
import InicisCodegen

struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Regenerate the output folder from the schema (the default command).",
        discussion: "Rewrites only files whose bytes changed and removes files it generated before and no longer produces. On any error the folder is left exactly as it was."
    )

    @OptionGroup var schemaOptions: SchemaOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() async throws {
        let schema = schemaOptions.schema
        let output = outputOptions.output
        try await Invocation.run {
            let plan = try await OutputPlan.make(schemaPath: schema, outputPath: output)
            try OutputWriter(root: OutputPlan.root(output)).apply(plan)
            Terminal.out(Self.summary(plan, output: output))
        }
    }

    private static func summary(_ plan: OutputPlan, output: String) -> String {
        let count = { (kind: OutputPlan.Change.Kind) in plan.changes.filter { $0.kind == kind }.count }
        let written = count(.added) + count(.modified)
        if plan.isEmpty {
            return "\(output): up to date (\(Terminal.counted(plan.unchangedCount, "file")))"
        }
        let lines = plan.changes.map { "  \($0.kind == .removed ? "removed" : $0.kind == .added ? "added  " : "updated") \($0.path)" }
        return (lines + ["\(output): \(written) written, \(count(.removed)) removed, \(plan.unchangedCount) unchanged"]).joined(separator: "\n")
    }
}
