extension Inicis.RequestCatalog {
    /// The request in canonical form: enum aliases resolved (`CURRENCY_KRW` → `KRW`) wherever the
    /// schema says a value is an enum, every object's keys in UTF-8 order, and nothing dropped:
    /// unknown keys, `null`s and values of the wrong type stay as they are.
    ///
    /// - Precondition: `operationID` is one of `operationIDs`.
    public func normalize(_ request: Inicis.JSON, operation operationID: String) -> Inicis.JSON {
        guard let operation = operation(operationID) else {
            preconditionFailure("Inicis.RequestCatalog: unknown operation '\(operationID)'")
        }
        return normalize(request, as: .object(operation.body))
    }

    private func normalize(_ value: Inicis.JSON, as type: Inicis.ValueSpec?) -> Inicis.JSON {
        switch (value, type) {
        case (.string(let text), .enumeration(let index)?):
            return .string(enums[index].canonical(text) ?? text)
        case (.array(let elements), .array(let element)?):
            return .array(elements.map { normalize($0, as: element) })
        case (.array(let elements), _):
            return .array(elements.map { normalize($0, as: nil) })
        case (.object(let members), .object(let index)?):
            let object = objects[index]
            return .object(sorted(members.map { Inicis.JSON.Member($0.key, normalize($0.value, as: object.field(named: $0.key)?.value)) }))
        case (.object(let members), _):
            return .object(sorted(members.map { Inicis.JSON.Member($0.key, normalize($0.value, as: nil)) }))
        default:
            return value
        }
    }

    private func sorted(_ members: [Inicis.JSON.Member]) -> [Inicis.JSON.Member] {
        members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }
}
