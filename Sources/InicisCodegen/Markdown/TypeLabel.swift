import InicisSchema

/// A field's type for the tables: JSON type names as the guide writes them (string, integer, …);
/// an enum or object links to its section on the operation page.
struct TypeLabel {
    let context: OperationContext
    let onPage: Bool

    func render(_ type: FieldType) -> String {
        switch type {
        case .string: "string"
        case .integer: "integer"
        case .boolean: "boolean"
        case .dateTime: "date-time (RFC 3339)"
        case .enumeration(let id): "enum " + link(id, anchor: context.anchors.enumSection(id))
        case .object(let id): "object " + link(id, anchor: context.anchors.objectSection(id))
        case .oneOf(let id): "one-of " + link(id, anchor: context.anchors.objectSection(id))
        case .array(let element): render(element) + " 배열"
        }
    }

    private func link(_ id: String, anchor: String?) -> String {
        guard let anchor else { return MarkdownText.code(id) }
        return "[" + MarkdownText.inline(id) + "](" + context.target(anchor, onPage: onPage) + ")"
    }
}
