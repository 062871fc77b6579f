import InicisSchema

/// The field paths the object sections list, by object id, found in one pass over the rows:
/// filtering every row for every object copied each row (a large struct) once per object.
struct ObjectRows {
    /// The paths of the fields whose type holds the object, in row order.
    private(set) var holders: [String: [String]] = [:]
    /// The paths of the object's own fields at its first place; the other places repeat them.
    private(set) var fields: [String: [String]] = [:]

    init(_ operationFields: OperationFields) {
        var firstPlaces: [String: [String]] = [:]
        // By index, like the rows: an occurrence holds a whole `ObjectType`.
        let occurrences = operationFields.occurrences
        for index in occurrences.indices where firstPlaces[occurrences[index].object.id] == nil {
            firstPlaces[occurrences[index].object.id] = occurrences[index].components
        }
        // By index: iterating the rows would copy each `FieldRow`.
        let rows = operationFields.rows
        for index in rows.indices {
            if let held = OperationFields.objectID(in: rows[index].field.type) {
                holders[held, default: []].append(rows[index].path)
            }
            let components = rows[index].components
            if let place = firstPlaces[rows[index].parent.id], components.count == place.count + 1, components.starts(with: place) {
                fields[rows[index].parent.id, default: []].append(rows[index].path)
            }
        }
    }
}
