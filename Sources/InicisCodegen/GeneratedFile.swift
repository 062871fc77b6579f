/// One output file, as a path relative to the output folder and its exact bytes.
public struct GeneratedFile: Sendable, Hashable {
    /// Relative, `/`-separated: `Swift/Models/Customer.swift`, `Docs/README.md`.
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
