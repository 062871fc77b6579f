import InicisSchema

/// A field as a row of an operation page: reached from the request root by its full wire path.
struct FieldRow {
    /// Wire names from the root; arrays add no step (`items.vatAmount`), like the CLI's `fields`.
    var components: [String]
    var field: Field
    /// The object that declares the field, for one-of markers.
    var parent: ObjectType

    var path: String { components.joined(separator: ".") }

    var isArray: Bool {
        if case .array = field.type { true } else { false }
    }

    func isNested(under other: FieldRow) -> Bool {
        components.count > other.components.count && components.starts(with: other.components)
    }
}

/// An object reached from the request root, with the path where it sits: its rules' paths are
/// relative to that path.
struct ObjectOccurrence {
    var components: [String]
    var object: ObjectType

    /// `customer.` for an object at `customer`; empty at the root.
    func absolute(_ relativePath: String) -> String {
        (components + [relativePath]).joined(separator: ".")
    }
}

/// Every field and object an operation's request reaches, depth first in schema order. An object
/// that contains itself is walked once per path, so recursion stops.
struct OperationFields {
    private(set) var rows: [FieldRow] = []
    private(set) var occurrences: [ObjectOccurrence] = []

    init(operation: Operation, schema: Schema) {
        visit(operation.body, at: [], visiting: [], in: schema)
    }

    private mutating func visit(_ objectID: String, at prefix: [String], visiting: Set<String>, in schema: Schema) {
        guard let object = schema.object(objectID), !visiting.contains(objectID) else { return }
        occurrences.append(ObjectOccurrence(components: prefix, object: object))
        for field in object.fields {
            let components = prefix + [field.wireName]
            rows.append(FieldRow(components: components, field: field, parent: object))
            if let nested = Self.objectID(in: field.type) {
                visit(nested, at: components, visiting: visiting.union([objectID]), in: schema)
            }
        }
    }

    static func objectID(in type: FieldType) -> String? {
        switch type {
        case .object(let id), .oneOf(let id): id
        case .array(let element): objectID(in: element)
        case .string, .integer, .boolean, .dateTime, .enumeration: nil
        }
    }

    /// The enums the rows use, in first-use order.
    func enumIDs() -> [String] {
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

/// Stable, unique HTML anchors for one page: `payment-customer-fullname`; a second path that
/// slugs the same way gets `-2`.
struct AnchorSet {
    private var used: Set<String> = []

    mutating func claim(_ parts: String...) -> String {
        let base = parts.map { Naming.anchor($0) }.joined(separator: "-")
        var anchor = base
        var counter = 2
        while !used.insert(anchor).inserted {
            anchor = base + "-\(counter)"
            counter += 1
        }
        return anchor
    }
}
