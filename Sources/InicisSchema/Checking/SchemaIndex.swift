/// What the checks look up beyond `Schema`'s own lookups by id: an object's fields by wire name,
/// and which operations reach which objects. Where ids are duplicated (an error reported on its
/// own), the first declaration wins, as with `Schema`'s lookups.
///
/// Positions, not copies: a table of copied declarations retained every string and array in the
/// schema once more when built and released them all again when freed, which made the checker
/// grow faster than the schema (15.7× from the 10× to the 100× synthetic schema, issue 8).
struct SchemaIndex {
    let schema: Schema
    let reachability: ObjectReachability
    /// For the first object of each id, its fields' positions by wire name.
    private let fieldPositions: [String: DeclarationIndex]

    init(_ schema: Schema, reachability: ObjectReachability) {
        self.schema = schema
        self.reachability = reachability
        var fieldPositions: [String: DeclarationIndex] = [:]
        fieldPositions.reserveCapacity(schema.objects.count)
        for position in schema.objects.indices where fieldPositions[schema.objects[position].id] == nil {
            fieldPositions[schema.objects[position].id] = DeclarationIndex(schema.objects[position].fields, id: \.wireName)
        }
        self.fieldPositions = fieldPositions
    }

    /// The field with this wire name of the first object with this id.
    func field(_ wireName: String, of objectID: String) -> Field? {
        guard let object = schema.objectPosition(objectID),
              let field = fieldPositions[objectID]?.position(of: wireName) else { return nil }
        return schema.objects[object].fields[field]
    }

    /// The wire names of the object's fields, for a "did you mean" suggestion.
    func fieldNames(of objectID: String) -> [String] {
        schema.object(objectID)?.fields.map(\.wireName) ?? []
    }
}
