@_spi(InicisCodegen) import InicisRuntime
import InicisSchema

/// The `InicisV2` library: the schema's tables, and Swift types for every object, enum and
/// operation of the schema. The engine they run on is the `InicisRuntime` module, a dependency as
/// SwiftProtobuf is for swift-protobuf's output; the library re-exports it.
public struct SwiftLibraryEmitter: Emitter {
    public init() {}

    public func files(for schema: Schema) -> [GeneratedFile] {
        let names = SwiftNames(schema: schema)
        return Self.parts.flatMap { $0(schema, names) }
    }

    /// The parts made side by side: none reads another's files.
    public func filesConcurrently(for schema: Schema) async -> [GeneratedFile] {
        let names = SwiftNames(schema: schema)
        return await withTaskGroup(of: [GeneratedFile].self) { group in
            for part in Self.parts {
                group.addTask { part(schema, names) }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
    }

    /// The library in independent parts of about equal work: the tables, the models, the enums,
    /// the operations and bypass options.
    private static let parts: [@Sendable (Schema, SwiftNames) -> [GeneratedFile]] = [
        { schema, names in
            [
                LibrarySupportFiles.runtimeExport,
                LibrarySupportFiles.tables(SchemaTablesBuilder.tables(for: schema)),
                LibrarySupportFiles.contracts(schema, names: names),
            ]
        },
        { schema, names in
            schema.objects.map { object in
                switch object.shape {
                case .structure: ModelStructFile(object: object, names: names).file
                case .oneOf: OneOfEnumFile(object: object, names: names).file
                }
            }
        },
        { schema, names in schema.enums.map { WireEnumFile(enumType: $0, names: names).file } },
        { schema, names in schema.operations.map { OperationFile(operation: $0, names: names).file } + bypassFiles(for: schema, names: names) },
    ]

    /// Typed options for every grammar, the checked value types they hold, and typed views of the
    /// bypass objects.
    private static func bypassFiles(for schema: Schema, names: SwiftNames) -> [GeneratedFile] {
        let bypassNames = BypassTypeNames(schema: schema)
        var files = schema.grammars.map { GrammarOptionFile(grammar: $0, names: bypassNames).file }
        files += bypassNames.valueTypes().compactMap { GrammarValueFile(value: $0, names: bypassNames).file }
        files += schema.objects.filter(PlatformParameterSet.applies).map { TypedBypassFile(object: $0, names: names).file }
        return files
    }
}
