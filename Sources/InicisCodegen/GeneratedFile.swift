/// One output file, as a path relative to the output folder and its exact bytes.
///
/// The bytes are kept as built (UTF-8): the writer compares and writes them as they are, so a
/// regeneration never turns a 100 KB page into a `String` and back.
public struct GeneratedFile: Sendable, Hashable {
    /// Relative, `/`-separated: `Swift/Models/Customer.swift`, `Docs/README.md`.
    public var path: String
    /// The file's UTF-8 bytes.
    public var bytes: [UInt8]

    /// The file's text. Every emitter writes valid UTF-8, so decoding never repairs anything.
    public var contents: String {
        String(decoding: bytes, as: UTF8.self)
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, contents: String) {
        self.init(path: path, bytes: Array(contents.utf8))
    }
}
