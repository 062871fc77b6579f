import InicisSchema

/// The Swift spelling of the schema's types and members, worked out once for every emitter of
/// the library: type names, property and case names (keywords escaped), the Swift type of a field.
struct SwiftNames {
    let schema: Schema

    func typeName(ofObject id: String) -> String {
        schema.object(id)?.swiftName ?? id
    }

    func typeName(ofEnum id: String) -> String {
        schema.enumType(id)?.swiftName ?? id
    }

    /// The property (or case) name of a field, escaped where it is a keyword.
    func memberName(_ field: Field) -> String {
        SwiftIdentifier.escaped(field.swiftName)
    }

    /// The property name of a field as an argument label of a call (`init(default: …)`).
    func labelName(_ field: Field) -> String {
        SwiftIdentifier.label(field.swiftName)
    }

    /// The member name without escaping, to build other names from (`_name`).
    func plainMemberName(_ field: Field) -> String {
        field.swiftName
    }

    func caseName(_ value: EnumValue) -> String {
        SwiftIdentifier.escaped(value.swiftName)
    }

    /// The Swift type of a field's value (never optional), qualified: it reads the same inside the
    /// `Inicis` namespace and in extensions of its types.
    func type(of fieldType: FieldType) -> String {
        switch fieldType {
        case .string: "String"
        case .integer: "Int"
        case .boolean: "Bool"
        case .dateTime: "Inicis.DateTime"
        case .json: "Inicis.JSON"
        case .enumeration(let id): "Inicis." + typeName(ofEnum: id)
        case .object(let id), .oneOf(let id): "Inicis." + typeName(ofObject: id)
        case .array(let element): "[" + type(of: element) + "]"
        }
    }

    /// `RequestPaymentOperation` for the SDK (from the function), `InstantPaymentOperation` for
    /// REST (from the id).
    func typeName(of operation: Operation) -> String {
        operation.swiftTypeName
    }

    /// `vat-tax-free` -> `vatTaxFree`.
    func contractName(_ contract: Contract) -> String {
        SwiftIdentifier.escaped(contract.swiftName)
    }

    /// Whether the operation's body type is the body of this operation only, so that it can
    /// carry a `validate` of its own.
    func bodyIsUnique(_ operation: Operation) -> Bool {
        schema.operations.filter { $0.body == operation.body }.count == 1
    }
}
