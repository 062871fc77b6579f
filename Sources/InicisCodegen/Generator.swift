import InicisSchema

/// One family of outputs (Swift models, Markdown pages, …), produced from the whole schema.
/// Emitters are pure: same schema in, same files out, no I/O, no clock, no locale.
public protocol Emitter: Sendable {
    func files(for schema: Schema) -> [GeneratedFile]
}

/// Everything the generator produces, composed from the emitters.
public enum Generator {
    /// The emitters, in no particular order: their outputs live under disjoint folders.
    public static let emitters: [any Emitter] = [
        SwiftModelsEmitter(),
        SwiftValidatorsEmitter(),
        MarkdownPagesEmitter(),
        BypassBuildersEmitter(),
    ]

    /// Every file the generator owns, sorted by path.
    public static func files(for schema: Schema) -> [GeneratedFile] {
        emitters.flatMap { $0.files(for: schema) }.sortedByPath()
    }
}

extension Array where Element == GeneratedFile {
    /// Sorted by the UTF-8 bytes of the path, so the order never depends on locale or collation.
    func sortedByPath() -> [GeneratedFile] {
        sorted { UTF8Order.precedes($0.path, $1.path) }
    }
}
