import InicisSchema

/// An explanation that matches no drift any more, because PortOne changed: left alone, it
/// would explain away a future drift it was never written for.
public struct StaleExplanation: Sendable, Hashable {
    public var location: SourceLocation
    public var message: String
}

/// Explanations that no drift needs any more. Only those written for PortOne can be judged:
/// omissions and `removed="true"`. A `<difference>` also records what the guide says, so it
/// stays whether or not a drift needs it.
///
/// An omission is judged only where its object or enum was compared with PortOne's (an object
/// reached by no audited operation proves nothing).
enum StaleExplanations {
    static func find(in schema: Schema, findings: [AuditFinding], sightings: WalkSightings) -> [StaleExplanation] {
        var usedKeys: Set<String> = []
        var usedValues: Set<String> = []
        for finding in findings where finding.explanation?.kind == .omitted {
            switch finding.drift.subject {
            case .upstreamKey(let objectID, let key): usedKeys.insert("\(objectID).\(key)")
            case .upstreamValue(let enumID, let value): usedValues.insert("\(enumID).\(value)")
            default: break
            }
        }
        var stale: [StaleExplanation] = []
        for object in schema.objects where sightings.objects.contains(object.id) {
            for omission in object.omissions where !usedKeys.contains("\(object.id).\(omission.name)") {
                stale.append(StaleExplanation(
                    location: omission.location,
                    message: "<omitted name=\"\(omission.name)\"> in object '\(object.id)' explains nothing: PortOne defines no key '\(omission.name)' there; remove the omission"))
            }
        }
        for enumType in schema.enums where sightings.enums.contains(enumType.id) {
            for omission in enumType.omissions where !usedValues.contains("\(enumType.id).\(omission.name)") {
                stale.append(StaleExplanation(
                    location: omission.location,
                    message: "<omitted value=\"\(omission.name)\"> in enum '\(enumType.id)' explains nothing: PortOne's enum has no value '\(omission.name)'; remove the omission"))
            }
        }
        var reported: Set<String> = []
        for sighting in sightings.removedFieldsDefined where reported.insert("\(sighting.objectID).\(sighting.wireName)").inserted {
            guard let field = schema.object(sighting.objectID)?.field(sighting.wireName) else { continue }
            stale.append(StaleExplanation(
                location: field.location,
                message: "field '\(sighting.wireName)' of object '\(sighting.objectID)' is marked removed=\"true\", but PortOne defines the key (\(sighting.operationID): \(sighting.path), \(sighting.upstream)); drop removed=\"true\" if it is back"))
        }
        return stale.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }
}
