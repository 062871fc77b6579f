import InicisSchema
import InicisV2

/// What a request should look like after a trip through the generated models, worked out from
/// the schema alone: everything kept, with the two changes the models make on purpose. A
/// prefixed enum alias becomes its canonical value (`CURRENCY_KRW` → `KRW`), and `null` for a
/// known field, which means the same as leaving it out, is left out. Object keys are sorted, as
/// the tests encode with `.sortedKeys`.
struct ExpectedWireForm {
    let schema: Schema

    func request(_ value: Inicis.JSON, body: String) -> Inicis.JSON {
        sortingKeys(object(value, objectID: body))
    }

    private func object(_ value: Inicis.JSON, objectID: String) -> Inicis.JSON {
        guard case .object(let members) = value, let object = schema.object(objectID) else { return value }
        return .object(members.compactMap { member in
            guard let field = object.field(member.key) else { return member }
            if member.value == .null { return nil }
            return Inicis.JSON.Member(member.key, typed(member.value, field.type))
        })
    }

    private func typed(_ value: Inicis.JSON, _ type: FieldType) -> Inicis.JSON {
        switch (type, value) {
        case (.enumeration(let id), .string(let text)):
            guard let prefix = schema.enumType(id)?.aliasPrefix.map({ $0 + "_" }), text.hasPrefix(prefix), text.count > prefix.count else { return value }
            return .string(String(text.dropFirst(prefix.count)))
        case (.array(let element), .array(let elements)):
            return .array(elements.map { typed($0, element) })
        case (.object(let id), _), (.oneOf(let id), _):
            return object(value, objectID: id)
        default:
            return value
        }
    }

    func sortingKeys(_ value: Inicis.JSON) -> Inicis.JSON {
        switch value {
        case .array(let elements):
            .array(elements.map(sortingKeys))
        case .object(let members):
            .object(members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { Inicis.JSON.Member($0.key, sortingKeys($0.value)) })
        default:
            value
        }
    }
}
