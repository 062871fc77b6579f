import InicisSchema
import InicisV2

/// A location in a request, with the schema's types at hand so that missing objects and arrays
/// on the way can be created.
enum JSONStep: Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)

    var description: String {
        switch self {
        case .key(let key): key
        case .index(let index): "[\(index)]"
        }
    }

    /// `items[0].vatAmount`, the validator's spelling.
    static func text(_ steps: [JSONStep]) -> String {
        var text = ""
        for step in steps {
            switch step {
            case .key(let key): text += (text.isEmpty ? "" : ".") + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}

extension Inicis.JSON {
    func value(at steps: [JSONStep]) -> Inicis.JSON? {
        guard let first = steps.first else { return self }
        switch (first, self) {
        case (.key(let key), .object(let members)):
            return members.first { $0.key == key }?.value.value(at: Array(steps.dropFirst()))
        case (.index(let index), .array(let elements)) where elements.indices.contains(index):
            return elements[index].value(at: Array(steps.dropFirst()))
        default:
            return nil
        }
    }

    /// The value with `newValue` at `steps`; objects and arrays on the way are created (an
    /// existing value of another type is replaced).
    func setting(_ newValue: Inicis.JSON, at steps: [JSONStep]) -> Inicis.JSON {
        guard let first = steps.first else { return newValue }
        let rest = Array(steps.dropFirst())
        switch first {
        case .key(let key):
            var members: [Inicis.JSON.Member] = []
            if case .object(let existing) = self { members = existing }
            if let index = members.firstIndex(where: { $0.key == key }) {
                members[index].value = members[index].value.setting(newValue, at: rest)
            } else {
                members.append(Inicis.JSON.Member(key, Inicis.JSON.null.setting(newValue, at: rest)))
            }
            return .object(members)
        case .index(let index):
            var elements: [Inicis.JSON] = []
            if case .array(let existing) = self { elements = existing }
            while elements.count <= index { elements.append(.null) }
            elements[index] = elements[index].setting(newValue, at: rest)
            return .array(elements)
        }
    }

    /// The value without whatever is at `steps`.
    func removing(at steps: [JSONStep]) -> Inicis.JSON {
        guard let first = steps.first else { return self }
        let rest = Array(steps.dropFirst())
        switch (first, self) {
        case (.key(let key), .object(var members)):
            if rest.isEmpty {
                members.removeAll { $0.key == key }
            } else if let index = members.firstIndex(where: { $0.key == key }) {
                members[index].value = members[index].value.removing(at: rest)
            }
            return .object(members)
        case (.index(let index), .array(var elements)) where elements.indices.contains(index):
            if rest.isEmpty {
                elements.remove(at: index)
            } else {
                elements[index] = elements[index].removing(at: rest)
            }
            return .array(elements)
        default:
            return self
        }
    }
}

/// Turns wire paths of the schema into steps, entering element 0 of every array on the way.
struct SchemaPaths {
    let schema: Schema

    /// Steps for `components` from `object`, with the type of the field the path ends at.
    func steps(_ components: [String], from objectID: String) -> (steps: [JSONStep], type: FieldType?) {
        var steps: [JSONStep] = []
        var object = schema.object(objectID)
        var type: FieldType?
        for (position, component) in components.enumerated() {
            steps.append(.key(component))
            guard let field = object?.field(component) else { return (steps, nil) }
            type = field.type
            let isLast = position == components.count - 1
            if case .array = field.type, !isLast { steps.append(.index(0)) }
            object = OperationFields.objectID(in: field.type).flatMap(schema.object)
        }
        return (steps, type)
    }

    /// A value of `type` that the type check accepts.
    func sample(_ type: FieldType?) -> Inicis.JSON {
        switch type {
        case .string?, nil: .string("sample")
        case .integer?: .integer(1)
        case .boolean?: .bool(true)
        case .dateTime?: .string("2099-01-01T00:00:00+09:00")
        case .enumeration(let id)?: .string(schema.enumType(id)?.values.first?.wire ?? "X")
        case .json?, .object?, .oneOf?: .object([])
        case .array(let element)?: .array([sample(element)])
        }
    }

    /// The schema's text of a value (`true`, `3`, `CARD`) as JSON of the field's type.
    func typed(_ text: String, _ type: FieldType?) -> Inicis.JSON {
        switch type {
        case .boolean?: .bool(text == "true")
        case .integer?: Int(text).map(Inicis.JSON.integer) ?? .string(text)
        case .array(let element)?: .array([typed(text, element)])
        default: .string(text)
        }
    }

    /// A value of the field's type that is none of `excluded`.
    func other(than excluded: [String], _ type: FieldType?) -> Inicis.JSON {
        switch type {
        case .boolean?: .bool(!excluded.contains("true"))
        case .integer?: .integer((excluded.compactMap(Int.init).max() ?? 0) + 1)
        case .enumeration(let id)?:
            .string(schema.enumType(id)?.values.map(\.wire).first { !excluded.contains($0) } ?? "NOT_A_VALUE")
        case .array(let element)?: .array([other(than: excluded, element)])
        default: .string("not-" + (excluded.first ?? "listed"))
        }
    }
}
