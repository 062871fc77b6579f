import InicisSchema

/// A field's type for the tables: JSON type names as the guide writes them (string, integer, …);
/// an enum or object links to its section on the operation page.
struct TypeLabel: TextPiece {
    let type: FieldType
    let context: OperationContext
    let onPage: Bool

    func append(to bytes: inout [UInt8]) {
        switch type {
        case .string: bytes.write("string")
        case .integer: bytes.write("integer")
        case .boolean: bytes.write("boolean")
        case .dateTime: bytes.write("date-time (RFC 3339)")
        case .json: bytes.write("JSON")
        case .enumeration(let id):
            bytes.write("enum ")
            appendLink(id, anchor: context.anchors.enumSection(id), to: &bytes)
        case .object(let id):
            bytes.write("object ")
            appendLink(id, anchor: context.anchors.objectSection(id), to: &bytes)
        case .oneOf(let id):
            bytes.write("one-of ")
            appendLink(id, anchor: context.anchors.objectSection(id), to: &bytes)
        case .array(let element):
            bytes.write(TypeLabel(type: element, context: context, onPage: onPage), " 배열")
        }
    }

    private func appendLink(_ id: String, anchor: String?, to bytes: inout [UInt8]) {
        if let anchor {
            bytes.write(InlineLink(text: id, target: context.target(anchor, onPage: onPage)))
        } else {
            bytes.write(MarkdownText.Code(id))
        }
    }
}
