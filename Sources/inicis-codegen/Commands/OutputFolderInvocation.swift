/// `inicis-codegen [generate | check] [--schema PATH] [--output PATH]`: the invocations that
/// scripts, CI and the command plugin run most, recognised without ArgumentParser.
///
/// ArgumentParser finds a command's options by reflection, and on Linux every first cast of a
/// property wrapper to one of its protocols scans all the protocol conformances in the process:
/// 14 M instructions, about 1.5 ms of a regeneration that should take about 20 ms (issue 8).
/// Only these exact spellings take this path, each option at most once with a plain value; any
/// other argument list (help, other commands, a repeated option, a value that looks like an
/// option, an unknown flag) goes to ArgumentParser as before, so it alone decides every error
/// message and the meaning of every other spelling. `Tests/CLITests/OutputFolderInvocationTests`
/// checks that both paths give the same results.
struct OutputFolderInvocation: Equatable {
    enum Command: String {
        case generate
        case check
    }

    var command: Command
    var schema: String
    var output: String

    /// nil unless `arguments` (without the program name) is one of the spellings above.
    init?(arguments: some Collection<String>) {
        var remaining = arguments[...]
        command = .generate
        if let first = remaining.first, let named = Command(rawValue: first) {
            command = named
            remaining = remaining.dropFirst()
        }
        var values: [String: String] = [:]
        while let argument = remaining.popFirst() {
            guard let (name, inlineValue) = Self.option(argument), values[name] == nil else { return nil }
            guard let value = inlineValue ?? remaining.popFirst(), Self.isPlainValue(value) else { return nil }
            values[name] = value
        }
        schema = values["--schema"] ?? SchemaOptions.defaultSchema
        output = values["--output"] ?? OutputOptions.defaultOutput
    }

    func run() throws {
        switch command {
        case .generate: try GenerateCommand.run(schema: schema, output: output)
        case .check: try CheckCommand.run(schema: schema, output: output)
        }
    }

    /// `--schema` or `--output`, with the value of `--name=value` when it is written that way.
    private static func option(_ argument: String) -> (name: String, inlineValue: String?)? {
        for name in ["--schema", "--output"] {
            if argument == name { return (name, nil) }
            if argument.hasPrefix(name + "=") { return (name, String(argument.dropFirst(name.count + 1))) }
        }
        return nil
    }

    /// Not empty and not something ArgumentParser could take for an option or a terminator.
    private static func isPlainValue(_ value: String) -> Bool {
        !value.isEmpty && !value.hasPrefix("-")
    }
}
