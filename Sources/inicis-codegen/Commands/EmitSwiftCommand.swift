import ArgumentParser
import Foundation
import InicisCodegen

/// The build-tool plugin's entry point: all generated Swift of a schema in one file whose name the
/// plugin knows in advance.
struct EmitSwiftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emit-swift",
        abstract: "Write all generated Swift for a schema into one file (used by the build-tool plugin).",
        discussion: "The file is replaced atomically, and only when its bytes change, so builds stay incremental."
    )

    @OptionGroup var schemaOptions: SchemaOptions

    @Option(help: "The Swift file to write.")
    var outputFile: String

    func run() throws {
        try Invocation.run {
            guard let schema = try SchemaReading.load(schemaOptions.schema) else { throw ExitStatus.failure }
            // Swift allows imports anywhere at the top level, so the files can simply follow
            // each other.
            let files = Generator().swiftFiles(for: schema)
            let data = Data(files.map(\.contents).joined(separator: "\n").utf8)
            let target = URL(fileURLWithPath: outputFile)
            guard FileManager.default.contents(atPath: target.path) != data else { return }
            do {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: target, options: .atomic)
            } catch {
                throw UnusableInput(description: "\(outputFile): error: cannot write the file (\(error.localizedDescription))")
            }
        }
    }
}
