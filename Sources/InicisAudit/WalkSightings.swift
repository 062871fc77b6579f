/// What a walk compared, besides the drifts it found: the audit needs it to tell an explanation
/// that matches nothing because PortOne changed (stale) from one that was never compared.
struct WalkSightings: Sendable {
    /// Schema objects compared with one of PortOne's objects.
    var objects: Set<String> = []
    /// Schema enums compared with one of PortOne's enums.
    var enums: Set<String> = []
    /// Fields marked `removed="true"` whose key PortOne defines after all.
    var removedFieldsDefined: [RemovedFieldSighting] = []

    mutating func formUnion(_ other: WalkSightings) {
        objects.formUnion(other.objects)
        enums.formUnion(other.enums)
        removedFieldsDefined += other.removedFieldsDefined
    }
}

/// A field marked `removed="true"` met where PortOne still (or again) defines its key.
struct RemovedFieldSighting: Sendable, Hashable {
    var objectID: String
    var wireName: String
    var operationID: String
    var path: String
    var upstream: UpstreamLocation
}
