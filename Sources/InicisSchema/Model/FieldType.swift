/// The JSON type of a field's value. Named types refer to the schema's enums and objects by id.
public indirect enum FieldType: Sendable, Hashable, CustomStringConvertible {
    case string
    case integer
    case boolean
    /// An RFC 3339 date-time, carried as a string on the wire.
    case dateTime
    /// Any JSON value (`customData`): the schema says nothing about its shape.
    case json
    case enumeration(String)
    case object(String)
    /// An object of which exactly one property is set (`offerPeriod`: `range` or `interval`).
    case oneOf(String)
    case array(FieldType)

    /// The schema language's spelling, used in diagnostics, tables and the `fields` command.
    public var description: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .boolean: "boolean"
        case .dateTime: "date-time"
        case .json: "json"
        case .enumeration(let id): "enum \(id)"
        case .object(let id): "object \(id)"
        case .oneOf(let id): "one-of \(id)"
        case .array(let element): "array of \(element)"
        }
    }

    /// The id of the enum or object this type names, looking through arrays.
    public var referencedID: String? {
        switch self {
        case .enumeration(let id), .object(let id), .oneOf(let id): id
        case .array(let element): element.referencedID
        case .string, .integer, .boolean, .dateTime, .json: nil
        }
    }
}
