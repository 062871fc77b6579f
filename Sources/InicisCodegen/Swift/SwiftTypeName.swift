import InicisSchema

/// The Swift spelling of field types and the names of generated types.
enum SwiftTypeName {
    static func of(_ type: FieldType, in schema: Schema) -> String {
        switch type {
        case .string, .dateTime: "String"
        case .integer: "Int"
        case .boolean: "Bool"
        case .enumeration(let id): schema.enumType(id)?.swiftName ?? id
        case .object(let id), .oneOf(let id): schema.object(id)?.swiftName ?? id
        case .array(let element): "[" + of(element, in: schema) + "]"
        }
    }

    /// `RequestPaymentOperation` for the SDK (from the function), `InstantPaymentOperation` for
    /// REST (from the id).
    static func operation(_ operation: Operation) -> String {
        let base = operation.kind == .sdk ? (operation.function ?? operation.id) : operation.id
        return Naming.upperCamel(base) + "Operation"
    }

    /// True when the type carries date-times as their wire text.
    static func containsDateTime(_ type: FieldType) -> Bool {
        switch type {
        case .dateTime: true
        case .array(let element): containsDateTime(element)
        default: false
        }
    }
}
