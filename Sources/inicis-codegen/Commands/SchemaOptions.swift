import ArgumentParser

/// The flags every command that reads the schema shares.
struct SchemaOptions: ParsableArguments {
    static let defaultSchema = "schema/inicis-v2.xml"

    @Option(name: .long, help: "The schema file to read.")
    var schema: String = Self.defaultSchema
}

/// The flags of the commands that compare with or write the output folder.
struct OutputOptions: ParsableArguments {
    static let defaultOutput = "Generated"

    @Option(name: .long, help: "The folder the generated files live in.")
    var output: String = Self.defaultOutput
}
