import InicisSchema

/// The `InicisV2` library sources: one file per object, enum and operation, plus shared support.
///
/// - `Swift/Models/<Name>.swift`: structs and one-of enums
/// - `Swift/Enums/<Name>.swift`: value enums
/// - `Swift/Operations/<Name>Operation.swift`
/// - `Swift/Support/*.swift`
public struct SwiftModelsEmitter: Emitter {
    public init() {}

    public func files(for schema: Schema) -> [GeneratedFile] {
        var files = SupportFiles.all() + [OperationCatalogRenderer(schema: schema).file()]
        files += schema.objects.map { object in
            SwiftFile.make(path: "Swift/Models/\(object.swiftName).swift") { writer in
                switch object.shape {
                case .structure: StructRenderer(object: object, schema: schema).render(into: &writer)
                case .oneOf: OneOfRenderer(object: object, schema: schema).render(into: &writer)
                }
                if RedactionRenderer.isNeeded(for: object) {
                    writer.line()
                    RedactionRenderer(object: object).render(into: &writer)
                }
            }
        }
        files += schema.enums.map { enumType in
            SwiftFile.make(path: "Swift/Enums/\(enumType.swiftName).swift") { writer in
                EnumRenderer(enumType: enumType).render(into: &writer)
            }
        }
        files += schema.operations.map { operation in
            let renderer = OperationRenderer(operation: operation, schema: schema)
            return SwiftFile.make(path: "Swift/Operations/\(renderer.typeName).swift") { writer in
                renderer.render(into: &writer)
            }
        }
        // Grouped by kind, each in schema order: `Generator` sorts every emitter's files by path.
        return files
    }
}
