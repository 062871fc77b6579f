import InicisSchema

/// One family of outputs (the Swift library, the Markdown pages), produced from the whole schema.
/// Emitters are pure: same schema in, same files out, no I/O, no clock, no locale.
public protocol Emitter: Sendable {
    func files(for schema: Schema) -> [GeneratedFile]
    /// The same files; an emitter whose work splits into independent parts can do them side by side.
    func filesConcurrently(for schema: Schema) async -> [GeneratedFile]
}

extension Emitter {
    public func filesConcurrently(for schema: Schema) async -> [GeneratedFile] {
        files(for: schema)
    }
}

/// Everything the generator produces, composed from the emitters.
public struct Generator: Sendable {
    public let emitters: [any Emitter]

    public init() {
        emitters = [SwiftLibraryEmitter(), MarkdownPagesEmitter()]
    }

    /// Every file the generator owns, sorted by path. The emitters' outputs live under disjoint
    /// folders (`Swift/`, `Docs/`).
    public func files(for schema: Schema) -> [GeneratedFile] {
        emitters.flatMap { $0.files(for: schema) }.sortedByPath()
    }

    /// The same files, the emitters run side by side: what `generate` and `check` wait for.
    public func filesConcurrently(for schema: Schema) async -> [GeneratedFile] {
        await withTaskGroup(of: [GeneratedFile].self) { group in
            for emitter in emitters {
                group.addTask { await emitter.filesConcurrently(for: schema) }
            }
            var files: [GeneratedFile] = []
            for await emitted in group { files += emitted }
            return files.sortedByPath()
        }
    }

    /// Only the Swift library, as the build-tool plugin wants it.
    public func swiftFiles(for schema: Schema) -> [GeneratedFile] {
        emitters.compactMap { $0 as? SwiftLibraryEmitter }.flatMap { $0.files(for: schema) }.sortedByPath()
    }
}

extension Array where Element == GeneratedFile {
    /// Sorted by the UTF-8 bytes of the path, so the order never depends on locale or collation.
    func sortedByPath() -> [GeneratedFile] {
        sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}
