import InicisSchema

/// The validators of the `InicisV2` library: one engine, driven by tables written from the schema.
///
/// - `Swift/Validation/Engine/*.swift`: the engine, verbatim
/// - `Swift/Validation/Objects/<Name>+Validation.swift`: an object's table, and how its model
///   writes itself into the validator's document (and its `jsonValue`)
/// - `Swift/Validation/Enums/<Name>+Validation.swift`: an enum's values
/// - `Swift/Validation/Operations/<Name>+Validation.swift`: an operation's entry point and its
///   request model's `validate(platform:contracts:now:)`
/// - `Swift/Validation/ValidationCatalog.swift`, `Swift/Validation/InicisContract.swift`
public struct SwiftValidatorsEmitter: Emitter {
    public init() {}

    public func files(for schema: Schema) -> [GeneratedFile] {
        var files = ValidationEngine.files()
        files.append(ValidationCatalogRenderer(schema: schema).file())
        files.append(ContractRenderer(schema: schema).file())
        files += schema.objects.map { object in
            SwiftFile.make(path: "Swift/Validation/Objects/\(object.swiftName)+Validation.swift") { writer in
                JSONConversionRenderer(object: object, schema: schema).render(into: &writer)
                writer.line()
                ObjectSpecRenderer(object: object, schema: schema).render(into: &writer)
            }
        }
        files += schema.enums.map { enumType in
            SwiftFile.make(path: "Swift/Validation/Enums/\(enumType.swiftName)+Validation.swift") { writer in
                EnumSpecRenderer(enumType: enumType).render(into: &writer)
            }
        }
        files += OperationValidationRenderer.files(for: schema)
        // Grouped by kind, each in schema order: `Generator` sorts every emitter's files by path.
        return files
    }
}
