import ArgumentParser

/// The flags every command that reads the schema shares.
struct SchemaOptions: ParsableArguments {
    @Option(name: .long, help: "The schema file to read.")
    var schema: String = "schema/inicis-v2.xml"
}

/// The flags of the commands that compare with or write the output folder.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "The folder the generated files live in.")
    var output: String = "Generated"
}
