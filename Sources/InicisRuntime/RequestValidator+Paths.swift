extension Inicis.RequestValidator {
    /// True when the path reaches at least one value.
    func isPresent(_ target: Inicis.RulePath, _ holder: Int, _ present: Inicis.FieldSet) -> Bool {
        var found = false
        visit(target, holder, present) { _ in found = true }
        return found
    }

    /// Calls `body` with every node the path reaches from the object at `holder`. Arrays on the
    /// way are entered element by element.
    func visit(_ target: Inicis.RulePath, _ holder: Int, _ present: Inicis.FieldSet, _ body: (Int) -> Void) {
        guard present.mayContain(target.firstField), let first = target.keys.first else { return }
        for member in document.children(of: holder) where document.key(of: member) == first {
            descend(member, target.keys, from: 1, body)
        }
    }

    /// Like `visit`, but an array at the end of the path gives each of its elements.
    func visitElements(_ target: Inicis.RulePath, _ holder: Int, _ present: Inicis.FieldSet, _ body: (Int) -> Void) {
        visit(target, holder, present) { node in
            guard case .array = document[node].value else { return body(node) }
            for element in document.children(of: node) {
                body(element)
            }
        }
    }

    private func descend(_ node: Int, _ keys: [String], from position: Int, _ body: (Int) -> Void) {
        switch document[node].value {
        case .null:
            return
        case .array where position < keys.count:
            for element in document.children(of: node) {
                descend(element, keys, from: position, body)
            }
        case .object where position < keys.count:
            let key = keys[position]
            for member in document.children(of: node) where document.key(of: member) == key {
                descend(member, keys, from: position + 1, body)
            }
        default:
            if position == keys.count { body(node) }
        }
    }
}
