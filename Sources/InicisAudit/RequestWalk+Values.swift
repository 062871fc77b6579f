import InicisSchema

extension RequestWalk {
    /// A field's value type against PortOne's declaration of the key.
    mutating func value(_ type: FieldType, of field: Field, in object: ObjectType, against node: WireNode, path: JSONPath) throws {
        let resolved = try document.resolve(node)
        let subject = DriftSubject.field(objectID: object.id, wireName: field.wireName)
        switch (type, resolved.shape) {
        case (.string, .string), (.integer, .integer), (.boolean, .boolean), (.dateTime, .dateTime), (.json, .freeForm):
            return
        case (.dateTime, .string) where !document.marksDateTimes:
            // PortOne's SDK schema has no date-time type: the schema's is the finer reading.
            return
        case (.string, .enumeration(let wire)) where field.grammar != nil:
            // A bypass option language over what PortOne types as an enum (`carduse`).
            grammar(field.grammar!, of: field, in: object, against: wire, resolved: resolved, path: path)
        case (.enumeration(let id), .enumeration(let wire)):
            enumeration(id, against: wire, resolved: resolved, path: path)
        case (.object(let id), .object(let wire)), (.oneOf(let id), .object(let wire)):
            checkComposition(of: id, against: wire, resolved: resolved, path: path, at: field.location, subject: subject)
            try self.object(id, against: wire, resolved: resolved, path: path)
        case (.array(let element), .array(let items)):
            try value(element, of: field, in: object, against: items, path: path.element)
        default:
            let kind: DriftKind = type.isScalar && resolved.shape.isScalar ? .typeChanged : .nestingChanged
            report(kind, "\(document.title) has \(resolved.summary), the schema \(Self.summary(type))",
                   at: field.location, upstream: resolved.location, subject: subject, path: path)
        }
    }

    /// The values of the schema's enum against PortOne's, both ways, and the alias prefix.
    mutating func enumeration(_ id: String, against wire: WireEnumeration, resolved: ResolvedWireNode, path: JSONPath) {
        guard let enumType = schema.enumType(id) else { return }
        sightings.enums.insert(id)
        let upstreamEnum = "\(document.title) enum" + (resolved.typeName.map { " '\($0)'" } ?? "")
        let schemaValues = Set(enumType.values.map(\.wire))
        let wireValues = Set(wire.values)
        for value in wire.values where !schemaValues.contains(value) {
            report(.enumValueAdded, "\(upstreamEnum) has value '\(value)', which enum '\(id)' lacks",
                   at: enumType.location, upstream: resolved.location, subject: .upstreamValue(enumID: id, value: value), path: path)
        }
        for value in enumType.values where !wireValues.contains(value.wire) {
            report(.enumValueRemoved, "value '\(value.wire)' of enum '\(id)' is no longer in \(upstreamEnum)",
                   at: value.location, upstream: resolved.location, subject: .value(enumID: id, wire: value.wire), path: path)
        }
        if document.hasValuePrefixes, enumType.aliasPrefix != wire.valuePrefix {
            let upstream = wire.valuePrefix.map { "valuePrefix '\($0)'" } ?? "no valuePrefix"
            let own = enumType.aliasPrefix.map { "alias-prefix '\($0)'" } ?? "no alias-prefix"
            report(.aliasPrefixChanged, "\(upstreamEnum) has \(upstream), enum '\(id)' has \(own)",
                   at: enumType.location, upstream: resolved.location, subject: .enumeration(enumID: id), path: path)
        }
    }

    /// A string field written in a bypass option grammar, where PortOne declares an enum: every
    /// option the grammar writes must be one of PortOne's values, and every value an option.
    mutating func grammar(_ id: String, of field: Field, in object: ObjectType, against wire: WireEnumeration, resolved: ResolvedWireNode, path: JSONPath) {
        guard let grammar = schema.grammar(id) else { return }
        let subject = DriftSubject.field(objectID: object.id, wireName: field.wireName)
        let upstreamEnum = "\(document.title) enum" + (resolved.typeName.map { " '\($0)'" } ?? "")
        var literals: Set<String> = []
        for token in grammar.tokens {
            guard token.elements.count == 1, case .literal(let text) = token.elements[0] else {
                report(.typeChanged, "option '\(token.id)' of grammar '\(id)' takes values, but \(upstreamEnum) has fixed values only",
                       at: token.location, upstream: resolved.location, subject: subject, path: path)
                continue
            }
            literals.insert(text)
            if !wire.values.contains(text) {
                report(.enumValueRemoved, "option '\(text)' of grammar '\(id)' is no longer a value of \(upstreamEnum)",
                       at: token.location, upstream: resolved.location, subject: subject, path: path)
            }
        }
        for value in wire.values where !literals.contains(value) {
            report(.enumValueAdded, "\(upstreamEnum) has value '\(value)', which grammar '\(id)' cannot write",
                   at: grammar.location, upstream: resolved.location, subject: subject, path: path)
        }
    }

    /// `object 'Customer'`, `array of enum 'CardCompany'`: the schema's side of a message.
    static func summary(_ type: FieldType) -> String {
        switch type {
        case .enumeration(let id): "enum '\(id)'"
        case .object(let id): "object '\(id)'"
        case .oneOf(let id): "one-of object '\(id)'"
        case .array(let element): "array of \(summary(element))"
        case .string, .integer, .boolean, .dateTime, .json: type.description
        }
    }
}

extension FieldType {
    /// Scalars against scalars differ in type; anything else in nesting.
    var isScalar: Bool {
        switch self {
        case .string, .integer, .boolean, .dateTime, .enumeration: true
        case .json, .object, .oneOf, .array: false
        }
    }
}
