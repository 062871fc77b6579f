extension CheckRun {
    /// No object contains itself, directly or through other objects, except through an array: a
    /// Swift struct (or one-of enum) that holds itself by value would be infinitely large. Each
    /// cycle is reported at the field that closes it, naming it: `A.b -> B.a -> A`.
    mutating func checkContainment() {
        var search = ContainmentSearch(schema: schema)
        for object in schema.objects {
            search.visit(object.id)
        }
        for cycle in search.cycles {
            let path = cycle.steps.map { "\($0.objectID).\($0.field.wireName)" } + [cycle.steps[0].objectID]
            let closing = cycle.steps[cycle.steps.count - 1]
            error("field '\(closing.field.wireName)' of object '\(closing.objectID)' closes a cycle of objects held by value: \(path.joined(separator: " -> ")); a Swift type cannot contain itself, so make one of these fields an array or break the cycle", at: closing.field.location)
        }
    }
}

/// A depth-first search over "holds by value" edges (fields of object and one-of type, arrays
/// excluded), in schema order, that records each cycle once, when an edge leads back into the
/// path being explored.
private struct ContainmentSearch {
    struct Step {
        var objectID: String
        var field: Field
    }

    struct Cycle {
        var steps: [Step]
    }

    let schema: Schema
    private(set) var cycles: [Cycle] = []
    private var finished: Set<String> = []
    /// The objects on the current path, each with the field the path leaves it by.
    private var path: [Step] = []
    private var onPath: Set<String> = []

    init(schema: Schema) {
        self.schema = schema
    }

    mutating func visit(_ objectID: String) {
        guard !finished.contains(objectID), let object = schema.object(objectID) else { return }
        onPath.insert(objectID)
        for field in object.fields {
            guard let next = field.heldObjectID else { continue }
            let step = Step(objectID: objectID, field: field)
            if onPath.contains(next) {
                let start = path.firstIndex { $0.objectID == next } ?? path.count
                cycles.append(Cycle(steps: Array(path[start...]) + [step]))
            } else {
                path.append(step)
                visit(next)
                path.removeLast()
            }
        }
        onPath.remove(objectID)
        finished.insert(objectID)
    }
}

private extension Field {
    /// The object this field holds by value: an object or one-of, not an array of them.
    var heldObjectID: String? {
        switch type {
        case .object(let id), .oneOf(let id): id
        default: nil
        }
    }
}
