import InicisSchema

/// What in the schema explains a drift: an omission, a field marked removed, or a recorded
/// difference between the guide and PortOne's schemas.
public struct Explanation: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// `<omitted name="…" reason="…"/>` in the object, `<omitted value="…">` in the enum.
        case omitted
        /// `removed="true"` on the field: documented by the guide, gone from PortOne's schema.
        case removed
        /// `<difference guide="…" wire="…">` on the node involved.
        case difference
    }

    public var kind: Kind
    /// Where the explanation is written.
    public var location: SourceLocation
    /// The omission's reason, or the difference's text.
    public var text: String
}
