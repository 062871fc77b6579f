import InicisSchema
import InicisV2

/// The fields present in a request, found by walking its JSON with the schema, and which of them
/// the rules constrain.
struct RequestFields {
    struct Present {
        var steps: [JSONStep]
        var field: Field
    }

    let schema: Schema

    /// Every present field, depth first, with its path (array elements by index).
    func present(in request: Inicis.JSON, body: String) -> [Present] {
        var result: [Present] = []
        walk(request, objectID: body, at: [], into: &result)
        return result
    }

    private func walk(_ value: Inicis.JSON, objectID: String, at steps: [JSONStep], into result: inout [Present]) {
        guard case .object(let members) = value, let object = schema.object(objectID) else { return }
        for member in members {
            guard let field = object.field(member.key), member.value != .null else { continue }
            let path = steps + [.key(member.key)]
            result.append(Present(steps: path, field: field))
            guard let nested = OperationFields.objectID(in: field.type) else { continue }
            if case .array(let elements) = member.value {
                for (index, element) in elements.enumerated() {
                    walk(element, objectID: nested, at: path + [.index(index)], into: &result)
                }
            } else {
                walk(member.value, objectID: nested, at: path, into: &result)
            }
        }
    }

    /// Fields whose value a rule looks at (a rule path or a condition ends there), or whose value
    /// follows a grammar: their values cannot be drawn at random. Keyed `object.field`.
    var constrained: Set<String> {
        var keys = Set<String>()
        func mark(_ dotted: String, from objectID: String) {
            var object = schema.object(objectID)
            for component in dotted.split(separator: ".") {
                guard let current = object, let field = current.field(String(component)) else { return }
                keys.insert(current.id + "." + field.wireName)
                object = OperationFields.objectID(in: field.type).flatMap(schema.object)
            }
        }
        let holders = schema.objects.map { ($0.id, $0.rules) } + schema.operations.map { ($0.body, $0.rules) }
        for (objectID, rules) in holders {
            for rule in rules {
                rule.kind.paths.forEach { mark($0, from: objectID) }
                rule.conditions.forEach { mark($0.path, from: objectID) }
            }
        }
        for object in schema.objects {
            for field in object.fields where field.grammar != nil {
                keys.insert(object.id + "." + field.wireName)
            }
        }
        return keys
    }

    /// The object that declares the field at `steps` from the body.
    func owner(of steps: [JSONStep], body: String) -> String? {
        var objectID = body
        for step in steps.dropLast() {
            guard case .key(let key) = step else { continue }
            guard let field = schema.object(objectID)?.field(key), let nested = OperationFields.objectID(in: field.type) else { return nil }
            objectID = nested
        }
        return objectID
    }
}
