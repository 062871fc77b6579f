import Foundation
import InicisCodegen

/// Reads the runtime's sources from the package this executable was built from.
enum RuntimeSourcesReading {
    /// `Sources/InicisRuntime`, found from this file's own path at build time: the checkout the
    /// generator was built in (for `swift run`, the plugins, and a package dependency alike).
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("InicisRuntime")

    static func read() throws -> RuntimeSources {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        } catch {
            throw UnusableInput(description: "error: the runtime sources of inicis-codegen are not at \(folder.path); run inicis-codegen from the checkout it was built in")
        }
        return RuntimeSources(files: try names.map { name in
            RuntimeSources.File(name: name, text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        })
    }
}
