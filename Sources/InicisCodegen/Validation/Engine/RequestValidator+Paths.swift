extension ValidationEngine {
    /// `Swift/Validation/Engine/RequestValidator+Paths.swift`, written as is: it does not depend on the schema.
    static let requestValidatorPaths = EngineFile(name: "RequestValidator+Paths", source: #"""
extension RequestValidator {
    /// True when the path reaches at least one value.
    func isPresent(_ target: RulePath, _ members: [JSONMember], _ present: FieldSet) -> Bool {
        var found = false
        visit(target, members, present) { _ in found = true }
        return found
    }

    /// Calls `body` with every value the path reaches from the holder's members, with the path of
    /// that value as the current path. Arrays on the way are entered element by element.
    func visit(_ target: RulePath, _ members: [JSONMember], _ present: FieldSet, _ body: (JSONValue) -> Void) {
        guard present.mayContain(target.firstField), let first = target.keys.first else { return }
        for member in members where member.key == first {
            path.append(.key(first))
            descend(member.value, target.keys, from: 1, body)
            path.removeLast()
        }
    }

    /// Like `visit`, but an array at the end of the path gives each of its elements.
    func visitElements(_ target: RulePath, _ members: [JSONMember], _ present: FieldSet, _ body: (JSONValue) -> Void) {
        visit(target, members, present) { value in
            guard case .array(let elements) = value else { return body(value) }
            for (offset, element) in elements.enumerated() {
                path.append(.index(offset))
                body(element)
                path.removeLast()
            }
        }
    }

    private func descend(_ value: JSONValue, _ keys: [String], from position: Int, _ body: (JSONValue) -> Void) {
        switch value {
        case .null:
            return
        case .array(let elements) where position < keys.count:
            for (offset, element) in elements.enumerated() {
                path.append(.index(offset))
                descend(element, keys, from: position, body)
                path.removeLast()
            }
        case .object(let members) where position < keys.count:
            let key = keys[position]
            for member in members where member.key == key {
                path.append(.key(key))
                descend(member.value, keys, from: position + 1, body)
                path.removeLast()
            }
        default:
            if position == keys.count { body(value) }
        }
    }
}
"""#)
}
