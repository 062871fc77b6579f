import InicisSchema

/// One difference between the schema and PortOne's published schemas, found for one operation.
public struct Drift: Sendable, Hashable {
    public var kind: DriftKind
    public var operationID: String
    /// The JSON paths from the request root where the drift shows (`card.installment.foo`,
    /// `products[].amount`): more than one when an object or enum is reached along several
    /// paths of the same request. Empty for a drift of the operation itself.
    public var paths: [String]
    /// What differs, without the operation and path (`PortOne's SDK defines key 'customData'…`).
    public var detail: String
    /// The schema node involved: the object (new key), the field (removed key, type, nesting),
    /// the enum (value added, prefix), the enum value (value removed), the operation.
    public var location: SourceLocation
    /// Where PortOne declares what the drift is about.
    public var upstream: UpstreamLocation
    /// What in the schema could explain the drift.
    public var subject: DriftSubject

    /// `payment: card.foo: PortOne's SDK defines …`.
    public var message: String {
        guard let path = paths.first else { return "\(operationID): \(detail)" }
        let more = paths.count > 1 ? " (and \(paths.count - 1) more \(paths.count == 2 ? "path" : "paths"))" : ""
        return "\(operationID): \(path)\(more): \(detail)"
    }
}

public enum DriftKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// PortOne defines a key the schema's object lacks.
    case newKey = "new-key"
    /// The schema has a field PortOne no longer defines.
    case removedKey = "removed-key"
    /// PortOne's enum has a value the schema's enum lacks.
    case enumValueAdded = "enum-value-added"
    /// The schema's enum has a value PortOne's no longer has.
    case enumValueRemoved = "enum-value-removed"
    /// PortOne's `valuePrefix` and the enum's `alias-prefix` differ.
    case aliasPrefixChanged = "alias-prefix-changed"
    /// Scalars of different types: string, integer, number, boolean, date-time, enum.
    case typeChanged = "type-changed"
    /// The request is nested differently: object, array, scalar or free-form JSON, or an object
    /// that is a structure on one side and a one-of or union on the other.
    case nestingChanged = "nesting-changed"
    /// The SDK has no such function, or the REST API no such method and path.
    case operationMissing = "operation-missing"
    /// The REST method and path take no JSON body, or another component than the schema's body.
    case requestBodyChanged = "request-body-changed"
}

/// The schema node a drift is about, which decides what may explain it.
public enum DriftSubject: Sendable, Hashable {
    /// A key PortOne defines in the object: `<omitted name>` on the object explains it.
    case upstreamKey(objectID: String, key: String)
    /// A field of the object: `removed="true"` explains its absence upstream; a `<difference>` on
    /// the field, or on the object or enum its type names, explains a type or nesting change.
    case field(objectID: String, wireName: String)
    /// A value PortOne's enum has: `<omitted value>` on the enum explains it.
    case upstreamValue(enumID: String, value: String)
    /// A value of the schema's enum: a `<difference>` on the value explains it.
    case value(enumID: String, wire: String)
    /// The enum as a whole (its alias prefix): a `<difference>` on the enum explains it.
    case enumeration(enumID: String)
    /// The operation's endpoint or request: nothing explains it; the schema must follow PortOne.
    case operation(id: String)
}
