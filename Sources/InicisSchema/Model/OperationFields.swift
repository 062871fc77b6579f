/// A field of an operation's request, reached from the request root by its full wire path.
/// Pages, the `fields` command and the validators all walk requests through `OperationFields`.
public struct FieldRow: Sendable, Hashable {
    /// Wire names from the root; arrays add no step (`items.vatAmount`), like the CLI's `fields`.
    public let components: [String]
    public var field: Field
    /// The object that declares the field, for one-of markers.
    public var parent: ObjectType
    /// The components joined with dots.
    public let path: String

    init(components: [String], field: Field, parent: ObjectType) {
        self.components = components
        self.field = field
        self.parent = parent
        path = components.joined(separator: ".")
    }

    public var isArray: Bool {
        if case .array = field.type { true } else { false }
    }

    public func isNested(under other: FieldRow) -> Bool {
        components.count > other.components.count && components.starts(with: other.components)
    }
}

/// An object reached from the request root, with the path where it sits: its rules' paths are
/// relative to that path.
public struct ObjectOccurrence: Sendable, Hashable {
    public var components: [String]
    public var object: ObjectType

    public init(components: [String], object: ObjectType) {
        self.components = components
        self.object = object
    }

    /// `customer.` for an object at `customer`; empty at the root.
    public func absolute(_ relativePath: String) -> String {
        (components + [relativePath]).joined(separator: ".")
    }
}

/// Every field and object an operation's request reaches, depth first in schema order. An object
/// that contains itself is walked once per path, so recursion stops.
public struct OperationFields: Sendable {
    public private(set) var rows: [FieldRow] = []
    public private(set) var occurrences: [ObjectOccurrence] = []

    public init(operation: Operation, schema: Schema) {
        visit(operation.body, at: [], ancestors: [], in: schema)
    }

    /// `ancestors`: the objects on the way from the root.
    private mutating func visit(_ objectID: String, at prefix: [String], ancestors: [String], in schema: Schema) {
        guard !ancestors.contains(objectID), let object = schema.object(objectID) else { return }
        occurrences.append(ObjectOccurrence(components: prefix, object: object))
        for field in object.fields {
            let components = prefix + [field.wireName]
            rows.append(FieldRow(components: components, field: field, parent: object))
            if let nested = Self.objectID(in: field.type) {
                visit(nested, at: components, ancestors: ancestors + [objectID], in: schema)
            }
        }
    }

    public static func objectID(in type: FieldType) -> String? {
        switch type {
        case .object(let id), .oneOf(let id): id
        case .array(let element): objectID(in: element)
        case .string, .integer, .boolean, .dateTime, .json, .enumeration: nil
        }
    }

    /// The enums the rows use, in first-use order.
    public func enumIDs() -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for row in rows {
            if case .enumeration(let id)? = Self.enumType(in: row.field.type), seen.insert(id).inserted {
                result.append(id)
            }
        }
        return result
    }

    private static func enumType(in type: FieldType) -> FieldType? {
        switch type {
        case .enumeration: type
        case .array(let element): enumType(in: element)
        default: nil
        }
    }
}

