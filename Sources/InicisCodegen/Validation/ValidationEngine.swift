/// The validation engine of the generated library: a walker over `JSONValue` that the generated
/// tables drive. It holds no schema knowledge, so it is written verbatim (one source per file
/// under `Engine/`); everything about Inicis reaches it through the tables.
enum ValidationEngine {
    struct EngineFile {
        var name: String
        var source: String
    }

    static let all: [EngineFile] = [
        fieldSet, jsonValue, jsonValueConvertible, nearestName, quotedText, rfc3339,
        requestValidator, requestValidatorPaths, requestValidatorRules, textFormats,
        validatableOperation, validationIssue, validationMessages, validationPath, validationSpecs,
    ]

    static func files() -> [GeneratedFile] {
        all.map { file in
            SwiftFile.make(path: "Swift/Validation/Engine/\(file.name).swift") { writer in
                writer.lines(file.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            }
        }
    }
}
