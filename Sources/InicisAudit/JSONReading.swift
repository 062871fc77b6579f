import Foundation

/// PortOne's OpenAPI document, decoded by Foundation into a `DocumentNode` tree.
///
/// JSON objects have no order that matters; keys are sorted so that every run walks them alike.
enum JSONReading {
    static func tree(_ data: Data, file: String) throws -> DocumentNode {
        do {
            return try JSONDecoder().decode(JSONNode.self, from: data).node
        } catch is DecodingError {
            throw UpstreamDocumentError(file, "not valid JSON (\(reason(data)))")
        }
    }

    /// JSONDecoder says only "The given data was not valid JSON."; JSONSerialization says where
    /// ("Invalid value around character 11."). Asked only once the file is known to be bad.
    private static func reason(_ data: Data) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return "not a JSON document"
        } catch {
            return ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        }
    }

    /// One JSON value, whatever its type. Scalars keep their text: the audit reads keys, type
    /// names and enum values, never does arithmetic.
    private struct JSONNode: Decodable {
        var node: DocumentNode

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                node = DocumentNode(content: .scalar(text))
            } else if let object = try? container.decode([String: JSONNode].self) {
                var mapping = DocumentMapping()
                for key in object.keys.sorted() {
                    mapping.append(key: key, keyLine: nil, value: object[key]!.node)
                }
                node = DocumentNode(content: .mapping(mapping))
            } else if let array = try? container.decode([JSONNode].self) {
                node = DocumentNode(content: .sequence(array.map(\.node)))
            } else if let flag = try? container.decode(Bool.self) {
                node = DocumentNode(content: .scalar(flag ? "true" : "false"))
            } else if let integer = try? container.decode(Int.self) {
                node = DocumentNode(content: .scalar(String(integer)))
            } else if let number = try? container.decode(Double.self) {
                node = DocumentNode(content: .scalar(String(number)))
            } else if container.decodeNil() {
                node = DocumentNode(content: .scalar("null"))
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "a value that is no JSON type")
            }
        }
    }
}
