import Foundation

/// The runtime's Swift sources (`Sources/InicisRuntime`, one flat folder as in swift-protobuf's
/// runtime), which the generated library carries as copies. SwiftPM bundles them with the
/// generator as resources, so a generator built anywhere (the build-tool plugin's included) emits
/// the runtime it was built with.
public struct RuntimeSources: Sendable, Hashable {
    /// File names in `Sources/InicisRuntime`, sorted; and each file's text.
    public var files: [File]

    public struct File: Sendable, Hashable {
        public var path: String
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    public init(files: [File]) {
        self.files = files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The sources bundled with this build of the generator.
    public static func bundled() throws -> RuntimeSources {
        guard let root = Bundle.module.resourceURL else { throw CocoaError(.fileNoSuchFile) }
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".swift") }
        guard !names.isEmpty else { throw CocoaError(.fileNoSuchFile) }
        return RuntimeSources(files: try names.map { name in
            File(path: name, text: try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8))
        })
    }

    /// The copies under `Swift/Runtime/`, each with a first line that names the file to edit.
    func generatedFiles() -> [GeneratedFile] {
        files.map { file in
            let header = "// Copied from Sources/InicisRuntime/\(file.path) by inicis-codegen. DO NOT EDIT: edit that file and regenerate."
            return GeneratedFile(path: "Swift/Runtime/" + file.path, contents: header + "\n\n" + file.text)
        }
    }
}
