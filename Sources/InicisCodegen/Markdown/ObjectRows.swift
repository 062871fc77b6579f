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
        for occurrence in operationFields.occurrences where firstPlaces[occurrence.object.id] == nil {
            firstPlaces[occurrence.object.id] = occurrence.components
        }
        for row in operationFields.rows {
            if let held = OperationFields.objectID(in: row.field.type) {
                holders[held, default: []].append(row.path)
            }
            if let place = firstPlaces[row.parent.id], row.components.count == place.count + 1, row.components.starts(with: place) {
                fields[row.parent.id, default: []].append(row.path)
            }
        }
    }
}
