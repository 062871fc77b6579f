import ArgumentParser

@main
struct InicisCodegenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inicis-codegen",
        abstract: "Generate Swift models, validators and reference pages for PortOne V2 × KG Inicis from one XML schema.",
        discussion: """
            Exit status: 0 success; 1 schema errors, stale output or invalid request; 2 unusable input \
            (missing or unreadable file, bad arguments).
            """,
        subcommands: [GenerateCommand.self, CheckCommand.self, LintCommand.self, FieldsCommand.self, ValidateCommand.self, NormalizeCommand.self, EmitSwiftCommand.self],
        defaultSubcommand: GenerateCommand.self
    )
}
