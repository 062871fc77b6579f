// Copied from Sources/InicisRuntime/SchemaTables+ValueType.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis.SchemaTables {
    /// The JSON a field holds. Encoded as one readable string (`"enum Currency"`,
    /// `"array of object Product"`), so that a change to the tables reads well in a diff.
    public indirect enum ValueType: Sendable, Codable, CustomStringConvertible {
        case string
        case integer
        case boolean
        /// An RFC 3339 date-time string.
        case dateTime
        /// Any JSON value.
        case json
        /// A wire value of the enum with this id.
        case enumeration(String)
        /// The object with this id.
        case object(String)
        case array(ValueType)

        public var description: String {
            switch self {
            case .string: "string"
            case .integer: "integer"
            case .boolean: "boolean"
            case .dateTime: "date-time"
            case .json: "json"
            case .enumeration(let id): "enum " + id
            case .object(let id): "object " + id
            case .array(let element): "array of " + element.description
            }
        }

        public init(parsing text: Substring) throws(Inicis.SchemaTablesError) {
            switch text {
            case "string": self = .string
            case "integer": self = .integer
            case "boolean": self = .boolean
            case "date-time": self = .dateTime
            case "json": self = .json
            default:
                if let id = Self.suffix(of: text, after: "enum ") {
                    self = .enumeration(String(id))
                } else if let id = Self.suffix(of: text, after: "object ") {
                    self = .object(String(id))
                } else if let element = Self.suffix(of: text, after: "array of ") {
                    self = .array(try ValueType(parsing: element))
                } else {
                    throw Inicis.SchemaTablesError("unknown value type '\(text)'")
                }
            }
        }

        private static func suffix(of text: Substring, after prefix: String) -> Substring? {
            text.hasPrefix(prefix) ? text.dropFirst(prefix.count) : nil
        }

        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            self = try ValueType(parsing: text[...])
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(description)
        }
    }
}

extension Inicis {
    /// Tables that do not hold together (a reference to an object that does not exist, an unknown
    /// rule kind). The generator only writes tables from a checked schema, so this means the tables
    /// were edited by hand or come from another version.
    @_spi(InicisCodegen)
    public struct SchemaTablesError: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String

        public init(_ description: String) {
            self.description = description
        }
    }
}
