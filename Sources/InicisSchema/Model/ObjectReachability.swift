/// Which operations' requests contain each object, through the body and field references.
///
/// Requiredness is per platform and platforms come from operations (SDK: pc and mobile; REST:
/// api), so an object's platforms are those of the operations that reach it. The checker and the
/// resolution step each work it out from the schema they are given.
struct ObjectReachability: Sendable {
    /// Operation ids in schema order, by object id.
    private(set) var operationIDs: [String: [String]] = [:]
    private(set) var kinds: [String: Set<Operation.Kind>] = [:]

    init(_ schema: Schema) {
        for operation in schema.operations {
            var reached: Set<String> = []
            var pending = [operation.body]
            while let id = pending.popLast() {
                // Where an id is declared twice (a checker error), the first declaration counts.
                guard let object = schema.object(id), reached.insert(id).inserted else { continue }
                operationIDs[id, default: []].append(operation.id)
                kinds[id, default: []].insert(operation.kind)
                pending += object.fields.compactMap(\.type.referencedID)
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
