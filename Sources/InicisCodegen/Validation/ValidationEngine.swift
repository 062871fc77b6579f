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
    /// trailing newline), without splitting it into lines and joining them again. The bytes are
    /// copied straight from the literals: `String + Substring` appends character by character.
    static func files() -> [GeneratedFile] {
        all.map { file in
            GeneratedFile(path: "Swift/Validation/Engine/" + file.name + ".swift", bytes: bytes(of: file.source))
        }
    }

    private static func bytes(of source: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(GeneratedNotice.swiftLine.utf8.count + source.utf8.count + 3)
        bytes.write(GeneratedNotice.swiftLine)
        bytes.write("\n\n")
        let sourceStart = bytes.count
        bytes.write(source)
        // The sources are plain LF text; however many newlines one ends with, it ends with one.
        while bytes.count > sourceStart, bytes.last == UInt8(ascii: "\n") {
            bytes.removeLast()
        }
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }
}
