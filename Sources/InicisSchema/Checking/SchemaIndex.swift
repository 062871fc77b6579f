/// What the checks look up beyond `Schema`'s own lookups by id: an object's fields by wire name,
/// and which operations reach which objects. Where ids are duplicated (an error reported on its
/// own), the first declaration wins, as with `Schema`'s lookups.
struct SchemaIndex {
    let schema: Schema
    let reachability: ObjectReachability
    /// For the first object of each id, its fields by wire name (the first of each name).
    private let fields: [String: [String: Field]]

    init(_ schema: Schema) {
        self.schema = schema
        reachability = ObjectReachability(schema)
        var fields: [String: [String: Field]] = [:]
        for object in schema.objects where fields[object.id] == nil {
            fields[object.id] = Dictionary(object.fields.map { ($0.wireName, $0) }, uniquingKeysWith: { first, _ in first })
        }
        self.fields = fields
    }

    /// The field with this wire name of the first object with this id.
    func field(_ wireName: String, of objectID: String) -> Field? {
        fields[objectID]?[wireName]
    }

    /// The wire names of the object's fields, for a "did you mean" suggestion.
    func fieldNames(of objectID: String) -> [String] {
        schema.object(objectID)?.fields.map(\.wireName) ?? []
    }
}
