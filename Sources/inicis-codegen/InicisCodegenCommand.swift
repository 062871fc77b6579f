import ArgumentParser
import Foundation

@main
struct InicisCodegenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inicis-codegen",
        abstract: "Generate Swift models, validators and reference pages for PortOne V2 × KG Inicis from one XML schema.",
        discussion: """
            Exit status: 0 success; 1 schema errors, stale output or invalid request; 2 unusable input \
            (missing or unreadable file, bad arguments).
            """,
        subcommands: [
            GenerateCommand.self, CheckCommand.self, LintCommand.self, ValidateCommand.self, FieldsCommand.self,
            NormalizeCommand.self, DiffCommand.self, EmitSwiftCommand.self, AuditCommand.self,
        ],
        defaultSubcommand: GenerateCommand.self
    )

    /// ArgumentParser exits 64 for usage mistakes; scripts are promised 2 for any unusable input.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.unusableInput.rawValue)
        }
    }
}
