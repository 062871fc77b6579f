@_spi(InicisCodegen) import InicisRuntime
import InicisSchema

/// The `InicisV2` library: the schema's tables, and Swift types for every object, enum and
/// operation of the schema. The engine they run on is the `InicisRuntime` module, a dependency as
/// SwiftProtobuf is for swift-protobuf's output; the library re-exports it.
public struct SwiftLibraryEmitter: Emitter {
    public init() {}

    public func files(for schema: Schema) -> [GeneratedFile] {
        let names = SwiftNames(schema: schema)
        var files = [LibrarySupportFiles.runtimeExport]
        files.append(LibrarySupportFiles.tables(SchemaTablesBuilder.tables(for: schema)))
        files.append(LibrarySupportFiles.contracts(schema, names: names))
        for object in schema.objects {
            switch object.shape {
            case .structure: files.append(ModelStructFile(object: object, names: names).file)
            case .oneOf: files.append(OneOfEnumFile(object: object, names: names).file)
            }
        }
        files += schema.enums.map { WireEnumFile(enumType: $0, names: names).file }
        files += schema.operations.map { OperationFile(operation: $0, names: names).file }
        files += bypassFiles(for: schema, names: names)
        return files
    }

    /// Typed options for every grammar, the checked value types they hold, and typed views of the
    /// bypass objects.
    private func bypassFiles(for schema: Schema, names: SwiftNames) -> [GeneratedFile] {
        let bypassNames = BypassTypeNames(schema: schema)
        var files = schema.grammars.map { GrammarOptionFile(grammar: $0, names: bypassNames).file }
        files += bypassNames.valueTypes().compactMap { GrammarValueFile(value: $0, names: bypassNames).file }
        files += schema.objects.filter(PlatformParameterSet.applies).map { TypedBypassFile(object: $0, names: names).file }
        return files
    }
}
