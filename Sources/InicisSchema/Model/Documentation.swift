/// The human text attached to a schema node, kept in the guide's own Korean wording.
public struct Documentation: Sendable, Hashable {
    /// One line: the guide's label for the node ("스토어 아이디").
    public var summary: String?
    /// The guide's paragraph under the label.
    public var description: String?
    /// The guide's bullet notes about Inicis behaviour, in order.
    public var notes: [String]
    /// Places where the guide and PortOne's schemas disagree about this node.
    public var differences: [GuideDifference]

    public init(summary: String? = nil, description: String? = nil, notes: [String] = [], differences: [GuideDifference] = []) {
        self.summary = summary
        self.description = description
        self.notes = notes
        self.differences = differences
    }

    public var isEmpty: Bool {
        summary == nil && description == nil && notes.isEmpty && differences.isEmpty
    }
}

/// The guide says one thing, the wire (PortOne's SDK or REST schema) another.
/// The code follows `wire`; the pages show both.
public struct GuideDifference: Sendable, Hashable {
    public var guide: String
    public var wire: String
    public var explanation: String
    public var location: SourceLocation

    public init(guide: String, wire: String, explanation: String, location: SourceLocation) {
        self.guide = guide
        self.wire = wire
        self.explanation = explanation
        self.location = location
    }
}
