import ArgumentParser

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check the schema and print its diagnostics; exit 1 when it has errors. Writes nothing."
    )

    @OptionGroup var schemaOptions: SchemaOptions

    func run() throws {
        try Invocation.run {
            guard try SchemaReading.load(schemaOptions.schema) != nil else { throw ExitStatus.failure }
            Terminal.out("\(schemaOptions.schema): no errors")
        }
    }
}
