/// Which operations' requests contain each object, through the body and field references.
///
/// Requiredness is per platform and platforms come from operations (SDK: pc and mobile; REST:
/// api), so an object's platforms are those of the operations that reach it.
struct ObjectReachability {
    /// Operation ids in schema order, by object id.
    private(set) var operationIDs: [String: [String]] = [:]
    private(set) var kinds: [String: Set<Operation.Kind>] = [:]

    init(_ schema: Schema) {
        var objects: [String: ObjectType] = [:]
        for object in schema.objects where objects[object.id] == nil {
            objects[object.id] = object
        }
        for operation in schema.operations {
            var visited: Set<String> = []
            var pending = [operation.body]
            while let id = pending.popLast() {
                guard visited.insert(id).inserted, let object = objects[id] else { continue }
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
