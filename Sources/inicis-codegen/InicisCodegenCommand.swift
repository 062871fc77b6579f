import ArgumentParser

@main
struct InicisCodegenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "inicis-codegen")
    func run() throws {}
}
