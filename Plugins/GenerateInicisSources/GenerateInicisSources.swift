import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-inicis-sources [--schema …] [--output …]`:
/// regenerates `Generated/` from `schema/` with the package's own `inicis-codegen`, printing what changed.
@main
struct GenerateInicisSources: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "inicis-codegen")
        let root = context.package.directoryURL
        var extractor = ArgumentExtractor(arguments)
        let schema = extractor.extractOption(named: "schema").last ?? "schema/inicis-v2.xml"
        let output = extractor.extractOption(named: "output").last ?? "Generated"
        guard extractor.remainingArguments.isEmpty else {
            throw PluginFailure("unexpected arguments: \(extractor.remainingArguments.joined(separator: " ")); use --schema and --output")
        }

        let process = Process()
        process.executableURL = tool.url
        process.currentDirectoryURL = root
        process.arguments = ["generate", "--schema", schema, "--output", output]
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw PluginFailure("inicis-codegen failed with status \(process.terminationStatus); see the messages above")
        }
    }
}

struct PluginFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
