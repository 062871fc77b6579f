/// A node of one of PortOne's documents and where it is: what the walk holds before it follows
/// the node's references.
struct WireNode: Sendable {
    var node: DocumentNode
    var location: UpstreamLocation
}

/// A node with its references followed: what PortOne declares there, where the declaration is,
/// and the name PortOne gives it (`PaymentRequestUnionCard`, `Currency`), when it is a named type.
struct ResolvedWireNode: Sendable {
    var shape: WireShape
    var location: UpstreamLocation
    var typeName: String?
}

/// What PortOne declares at one place of a request, in the terms both of its documents share.
enum WireShape: Sendable {
    case string
    case integer
    /// OpenAPI `number`: a JSON number that need not be whole.
    case number
    case boolean
    /// OpenAPI `string` with `format: date-time`. PortOne's SDK schema has no formats: its
    /// date-times are plain strings.
    case dateTime
    case enumeration(WireEnumeration)
    case object(WireObject)
    case array(items: WireNode)
    /// Any JSON: the SDK's `json`, an OpenAPI object without declared properties.
    case freeForm
    /// The SDK's `emptyObject`: `{}` and nothing else.
    case emptyObject
    /// A construct the audit does not compare (an SDK `union` of scalars, say), by its name.
    case unknown(String)
}

struct WireEnumeration: Sendable {
    var values: [String]
    /// The SDK's `valuePrefix` (`CURRENCY` lets `CURRENCY_KRW` stand for `KRW`).
    var valuePrefix: String?
}

struct WireObject: Sendable {
    /// How the properties combine. A PortOne `intersection` (or OpenAPI `allOf`) is a structure
    /// of all its members' properties; a `union` (`oneOf`, `anyOf`) offers the properties of
    /// whichever member is sent.
    enum Composition: Sendable {
        case structure
        /// The SDK's `oneOf`: exactly one property is set.
        case oneOf
        case union
    }

    var composition: Composition
    var properties: [WireProperty]

    func property(_ name: String) -> WireProperty? {
        properties.first { $0.name == name }
    }
}

struct WireProperty: Sendable {
    var name: String
    var node: WireNode
    var isOptional: Bool
    var isDeprecated: Bool
    /// The PGs PortOne shows the property for (the SDK's `flagOptions` with `visible: true`);
    /// empty when it is shown for all.
    var visibleFor: [String]
}

extension WireShape {
    /// Scalars against scalars differ in type; anything else in the nesting of the request.
    var isScalar: Bool {
        switch self {
        case .string, .integer, .number, .boolean, .dateTime, .enumeration: true
        case .object, .array, .freeForm, .emptyObject, .unknown: false
        }
    }
}

extension ResolvedWireNode {
    /// For messages: `string`, `enum 'Currency'`, `union of objects 'OfferPeriodRange'`.
    var summary: String {
        let named = typeName.map { " '\($0)'" } ?? ""
        switch shape {
        case .string: return "string" + named
        case .integer: return "integer" + named
        case .number: return "number" + named
        case .boolean: return "boolean" + named
        case .dateTime: return "date-time string" + named
        case .enumeration: return "enum" + named
        case .object(let object):
            switch object.composition {
            case .structure: return "object" + named
            case .oneOf: return "one-of object" + named
            case .union: return "union of objects" + named
            }
        case .array: return "array" + named
        case .freeForm: return "free-form JSON" + named
        case .emptyObject: return "empty object" + named
        case .unknown(let construct): return "'\(construct)'" + named
        }
    }
}
