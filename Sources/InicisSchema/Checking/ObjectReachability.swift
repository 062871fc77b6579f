/// Which operations' requests contain each object, through the body and field references.
///
/// Requiredness is per platform and platforms come from operations (SDK: pc and mobile; REST:
/// api), so an object's platforms are those of the operations that reach it.
struct ObjectReachability: Sendable {
    /// Operation ids in schema order, by object id.
    private(set) var operationIDs: [String: [String]] = [:]
    private(set) var kinds: [String: Set<Operation.Kind>] = [:]

    init(_ schema: Schema) {
        // Objects by position (where an id is declared twice, the first declaration, as every
        // lookup finds it), and what each one's fields name: computed once, not per operation.
        let references: [[Int]] = schema.objects.map { object in
            object.fields.compactMap { field in field.type.referencedID.flatMap(schema.objectPosition) }
        }
        // The last operation that reached each object: no per-operation visited set to allocate.
        var reachedBy = [Int](repeating: -1, count: schema.objects.count)
        for (operationIndex, operation) in schema.operations.enumerated() {
            var pending = schema.objectPosition(operation.body).map { [$0] } ?? []
            while let position = pending.popLast() {
                guard reachedBy[position] != operationIndex else { continue }
                reachedBy[position] = operationIndex
                let id = schema.objects[position].id
                operationIDs[id, default: []].append(operation.id)
                kinds[id, default: []].insert(operation.kind)
                pending += references[position]
            }
        }
    }

    func isReached(_ objectID: String) -> Bool {
        kinds[objectID] != nil
    }

    /// The platforms the object's fields apply to; empty when no operation reaches it.
    func platforms(of objectID: String) -> Set<Platform> {
        Set((kinds[objectID] ?? []).flatMap(\.platforms))
    }
}
