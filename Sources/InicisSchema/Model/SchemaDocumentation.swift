/// Every `Documentation` of a schema, in schema order: for checks and pages that look at all of
/// the text at once (differences, notes).
public struct SchemaDocumentation: Sendable {
    public let all: [Documentation]

    public init(_ schema: Schema) {
        var all = [schema.documentation]
        all += schema.contracts.map(\.documentation)
        for enumType in schema.enums {
            all += [enumType.documentation] + enumType.values.map(\.documentation)
        }
        for object in schema.objects {
            all += [object.documentation] + object.fields.map(\.documentation)
        }
        for grammar in schema.grammars {
            all += [grammar.documentation] + grammar.tokens.map(\.documentation)
        }
        for operation in schema.operations {
            all += [operation.documentation] + operation.pathParameters.map(\.documentation) + operation.examples.map(\.documentation)
        }
        all += schema.payMethodTables.map(\.documentation)
        self.all = all
    }
}
