/// Walks a dotted rule path (`customer.address.country`) from an object through its fields,
/// stepping into objects and one-ofs, arrays included.
struct PathResolver {
    enum Outcome {
        /// The path ends at `field`, declared by the object `owner`.
        case field(owner: String, Field)
        /// Why the path does not resolve, ready for a diagnostic.
        case failure(String)
        /// The path goes through a type reference that does not resolve, reported elsewhere.
        case blocked
    }

    let index: SchemaIndex

    func resolve(_ path: String, from objectID: String) -> Outcome {
        guard index.schema.objectPosition(objectID) != nil else { return .blocked }
        let segments = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var ownerID = objectID
        for (position, segment) in segments.enumerated() {
            guard let field = index.field(segment, of: ownerID) else {
                return .failure("unknown field '\(segment)' in object '\(ownerID)'\(NameSuggestion.didYouMean(segment, among: index.fieldNames(of: ownerID)))")
            }
            if position == segments.count - 1 {
                return .field(owner: ownerID, field)
            }
            switch field.type.typeLookingThroughArrays {
            case .object(let next), .oneOf(let next):
                guard index.schema.objectPosition(next) != nil else { return .blocked }
                ownerID = next
            default:
                return .failure("'\(segment)' has type \(field.type), so the path cannot go on to '\(segments[position + 1])'")
            }
        }
        return .failure("the path is empty")
    }
}
