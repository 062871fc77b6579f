import InicisSchema

/// Finds, for each drift, the one construct of the schema that may explain it. Each kind of
/// drift has its own kind of explanation, so that an explanation written for one thing never
/// silences another:
///
/// | drift | explained by |
/// | --- | --- |
/// | new key | `<omitted name>` in the object |
/// | removed key | `removed="true"` on the field |
/// | enum value added | `<omitted value>` in the enum |
/// | enum value removed | `<difference>` on the value |
/// | alias prefix changed | `<difference>` on the enum |
/// | type or nesting changed | `<difference>` on the field, or on the object or enum it names |
/// | operation missing, request body changed | nothing: the schema must follow PortOne |
enum ExplanationMatcher {
    static func explain(_ drifts: [Drift], in schema: Schema) -> [AuditFinding] {
        drifts.map { AuditFinding(drift: $0, explanation: explanation(for: $0, in: schema)) }
    }

    static func explanation(for drift: Drift, in schema: Schema) -> Explanation? {
        switch (drift.kind, drift.subject) {
        case (.newKey, .upstreamKey(let objectID, let key)):
            return schema.object(objectID)?.omissions.first { $0.name == key }.map(omitted)
        case (.enumValueAdded, .upstreamValue(let enumID, let value)):
            return schema.enumType(enumID)?.omissions.first { $0.name == value }.map(omitted)
        case (.removedKey, .field(let objectID, let wireName)):
            guard let field = schema.object(objectID)?.field(wireName), field.isRemovedFromWire else { return nil }
            return Explanation(kind: .removed, location: field.location, text: "removed=\"true\"")
        case (.enumValueRemoved, .value(let enumID, let wire)):
            return difference(in: schema.enumType(enumID)?.value(wire)?.documentation)
        case (.aliasPrefixChanged, .enumeration(let enumID)):
            return difference(in: schema.enumType(enumID)?.documentation)
        case (.typeChanged, .field(let objectID, let wireName)),
             (.nestingChanged, .field(let objectID, let wireName)),
             (.enumValueAdded, .field(let objectID, let wireName)),
             (.enumValueRemoved, .field(let objectID, let wireName)):
            guard let field = schema.object(objectID)?.field(wireName) else { return nil }
            if let explanation = difference(in: field.documentation) { return explanation }
            guard let named = field.type.referencedID else { return nil }
            return difference(in: schema.object(named)?.documentation ?? schema.enumType(named)?.documentation)
        default:
            return nil
        }
    }

    private static func omitted(_ omission: Omission) -> Explanation {
        Explanation(kind: .omitted, location: omission.location, text: omission.reason)
    }

    private static func difference(in documentation: Documentation?) -> Explanation? {
        documentation?.differences.first.map { Explanation(kind: .difference, location: $0.location, text: $0.explanation) }
    }
}
