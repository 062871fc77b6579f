import InicisSchema

/// Typed builders for the `bypass.inicis_v2` option strings, from the schema's grammars:
///
/// - `Swift/Bypass/<Grammar>.swift`: an enum per grammar, a case per token
/// - `Swift/Bypass/<Value>.swift`: validated value types (`CardCode`, `Month`)
/// - `Swift/Bypass/BypassGrammarCatalog.swift`: the grammars by id, for the validators
/// - `Swift/Bypass/<Object>+Typed.swift`: PC and mobile parameter sets of the bypass objects
/// - `Swift/Bypass/*.swift`: the shared runtime (scanner, errors, `OneOrMore`, `HexColor`)
///
/// The generator interprets literals, values and repetitions generically; what the options are
/// comes from the schema alone.
public struct BypassBuildersEmitter: Emitter {
    public init() {}

    public func files(for schema: Schema) -> [GeneratedFile] {
        guard !schema.grammars.isEmpty else { return [] }
        let names = BypassTypeNames(schema: schema)
        var files = BypassRuntime.files()
        files += names.valueTypes().compactMap { BypassValueTypeRenderer(value: $0, names: names).file() }
        files += schema.grammars.map { GrammarEnumRenderer(grammar: $0, schema: schema).file() }
        files.append(BypassCatalogRenderer(schema: schema).file())
        files += schema.objects.filter(PlatformParameterSet.applies).map { TypedBypassRenderer(object: $0, schema: schema).file() }
        // Runtime, value types, grammars, catalog, typed sets, each in schema order: `Generator` sorts every emitter's files by path.
        return files
    }
}
