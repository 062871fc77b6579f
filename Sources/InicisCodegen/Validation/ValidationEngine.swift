/// The validation engine of the generated library: a walker over a request laid out flat
/// (`JSONDocument`, which typed models write into and raw `JSONValue`s are copied into) that the
/// generated tables drive. It holds no schema knowledge, so it is written verbatim (one source per
/// file under `Engine/`); everything about Inicis reaches it through the tables.
enum ValidationEngine {
    struct EngineFile {
        var name: String
        var source: String
    }

    static let all: [EngineFile] = [
        fieldSet, jsonDocument, jsonDocumentJSONValue, jsonDocumentWritable, jsonValue, jsonValueConvertible, nearestName, quotedText, rfc3339,
        requestValidator, requestValidatorPaths, requestValidatorRules, textFormats,
        validatableOperation, validationIssue, validationMessages, validationPath, validationSpecs,
    ]

    /// Each source as `SwiftFile.make` would lay it out (notice, blank line, the source, one
    /// trailing newline), without splitting it into lines and joining them again.
    static func files() -> [GeneratedFile] {
        all.map { file in
            var source = Substring(file.source)
            while source.hasSuffix("\n") { source = source.dropLast() }
            return GeneratedFile(path: "Swift/Validation/Engine/\(file.name).swift", contents: GeneratedNotice.swiftLine + "\n\n" + source + "\n")
        }
    }
}
