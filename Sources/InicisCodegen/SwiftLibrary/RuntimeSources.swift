/// The runtime's Swift sources (`Sources/InicisRuntime`, one flat folder as in swift-protobuf's
/// runtime), which the generated library carries as copies. The CLI reads them from the package
/// it was built from, so that an edit, a new file or a deleted one shows in the next
/// regeneration: SwiftPM's resource bundles keep stale copies of renamed files.
public struct RuntimeSources: Sendable, Hashable {
    /// File names in `Sources/InicisRuntime`, sorted; and each file's text.
    public var files: [File]

    public struct File: Sendable, Hashable {
        public var name: String
        public var text: String

        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    public init(files: [File]) {
        self.files = files.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// The copies under `Swift/Runtime/`, each with a first line that names the file to edit.
    func generatedFiles() -> [GeneratedFile] {
        files.map { file in
            let header = "// Copied from Sources/InicisRuntime/\(file.name) by inicis-codegen. DO NOT EDIT: edit that file and regenerate."
            return GeneratedFile(path: "Swift/Runtime/" + file.name, contents: header + "\n\n" + file.text)
        }
    }
}
