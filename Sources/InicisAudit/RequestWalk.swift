import InicisSchema

/// Compares one operation's request, from its root, with what one of PortOne's documents
/// declares there: key by key, at every depth, by JSON path. Type names play no part, so drift
/// is found wherever it sits, whatever either side calls the types along the way.
///
/// The walk follows the schema: it goes down into a key only where both sides have it (a key
/// only PortOne has is reported, not explored), so it ends where the schema's objects end.
struct RequestWalk {
    let schema: Schema
    let document: any WireDocument
    let operationID: String
    var drifts = DriftCollection()
    var sightings = WalkSightings()
    /// The objects being compared, outermost first: an object found again inside itself is not
    /// compared again, so a recursive object ends the walk instead of looping.
    private var objectsInProgress: [String] = []

    init(schema: Schema, document: any WireDocument, operationID: String) {
        self.schema = schema
        self.document = document
        self.operationID = operationID
    }

    /// The operation's body object against PortOne's request (SDK) or request body (REST).
    mutating func request(of operation: Operation, against root: WireNode) throws {
        let resolved = try document.resolve(root)
        let subject = DriftSubject.operation(id: operation.id)
        guard case .object(let wire) = resolved.shape else {
            report(.nestingChanged, "\(document.title) declares the request as \(resolved.summary), the schema as object '\(operation.body)'",
                   at: operation.location, upstream: resolved.location, subject: subject, path: nil)
            return
        }
        checkComposition(of: operation.body, against: wire, resolved: resolved, path: .root, at: operation.location, subject: subject)
        try object(operation.body, against: wire, resolved: resolved, path: .root)
    }

    /// Each field of the schema's object against PortOne's key of the same name, then each key
    /// PortOne defines that the object lacks.
    mutating func object(_ id: String, against wire: WireObject, resolved: ResolvedWireNode, path: JSONPath) throws {
        guard let object = schema.object(id), !objectsInProgress.contains(id) else { return }
        objectsInProgress.append(id)
        defer { objectsInProgress.removeLast() }
        sightings.objects.insert(id)
        let upstreamName = resolved.typeName.map { " '\($0)'" } ?? ""
        for field in object.fields {
            let fieldPath = path.appending(field.wireName)
            guard let property = wire.property(field.wireName) else {
                report(.removedKey, "\(document.title) object\(upstreamName) no longer defines key '\(field.wireName)'",
                       at: field.location, upstream: resolved.location,
                       subject: .field(objectID: id, wireName: field.wireName), path: fieldPath)
                continue
            }
            if field.isRemovedFromWire {
                sightings.removedFieldsDefined.append(RemovedFieldSighting(
                    objectID: id, wireName: field.wireName, operationID: operationID,
                    path: fieldPath.description, upstream: property.node.location))
                continue
            }
            try value(field.type, of: field, in: object, against: property.node, path: fieldPath)
        }
        for property in wire.properties where object.field(property.name) == nil {
            let declared = try document.resolve(property.node)
            var detail = "\(document.title) defines key '\(property.name)' (\(declared.summary)), which object '\(id)' lacks"
            if property.isDeprecated { detail += "; deprecated upstream" }
            if !property.visibleFor.isEmpty { detail += "; PortOne shows it for \(property.visibleFor.joined(separator: ", ")) only" }
            report(.newKey, detail, at: object.location, upstream: property.node.location,
                   subject: .upstreamKey(objectID: id, key: property.name), path: path.appending(property.name))
        }
    }

    /// A one-of in the schema is a `oneOf` upstream (or, in OpenAPI, an object of optional
    /// properties); a structure is an object or intersection.
    mutating func checkComposition(of objectID: String, against wire: WireObject, resolved: ResolvedWireNode, path: JSONPath, at location: SourceLocation, subject: DriftSubject) {
        guard let shape = schema.object(objectID)?.shape else { return }
        switch (shape, wire.composition) {
        case (.structure, .structure), (.oneOf, .oneOf):
            return
        case (.oneOf, .structure) where document.writesOneOfAsObject && wire.properties.allSatisfy(\.isOptional):
            return
        default:
            let schemaSide = shape == .oneOf ? "one-of object" : "object"
            report(.nestingChanged, "\(document.title) has \(resolved.summary), the schema \(schemaSide) '\(objectID)'",
                   at: location, upstream: resolved.location, subject: subject, path: path)
        }
    }

    /// `path` nil or the root: a drift of the request as a whole, reported without a path.
    mutating func report(_ kind: DriftKind, _ detail: String, at location: SourceLocation, upstream: UpstreamLocation, subject: DriftSubject, path: JSONPath?) {
        drifts.add(Drift(
            kind: kind, operationID: operationID, paths: path.flatMap { $0 == .root ? nil : [$0.description] } ?? [],
            detail: detail, location: location, upstream: upstream, subject: subject))
    }
}
