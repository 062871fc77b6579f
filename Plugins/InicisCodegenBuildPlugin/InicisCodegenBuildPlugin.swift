import Foundation
import PackagePlugin

/// For a consumer's target that holds its own schema (a file ending in `.inicis.xml`): at build time,
/// generates the Swift for it into the plugin's work directory, one file per schema.
@main
struct InicisCodegenBuildPlugin: BuildToolPlugin {
    static let schemaSuffix = ".inicis.xml"

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let tool = try context.tool(named: "inicis-codegen")
        let schemas = target.sourceFiles.filter { $0.url.lastPathComponent.hasSuffix(Self.schemaSuffix) }
        return schemas.map { schema in
            let name = String(schema.url.lastPathComponent.dropLast(Self.schemaSuffix.count))
            // One fixed output per schema: exactly the file `emit-swift` writes.
            let output = context.pluginWorkDirectoryURL.appendingPathComponent("\(name).generated.swift")
            return .buildCommand(
                displayName: "Generating Swift from \(schema.url.lastPathComponent)",
                executable: tool.url,
                arguments: ["emit-swift", "--schema", schema.url.path, "--output-file", output.path],
                inputFiles: [schema.url],
                outputFiles: [output]
            )
        }
    }
}
