/// The human text attached to a schema node, in the Korean the pages publish.
public struct Documentation: Sendable, Hashable {
    /// One line: the guide's label for the node ("상점 아이디").
    public var summary: String?
    /// The guide's paragraph under the label.
    public var description: String?
    /// Notes about KG Inicis behaviour, in order; each may apply to some operations only.
    public var notes: [Note]
    /// Places where the guide and PortOne's schemas disagree about this node.
    public var differences: [GuideDifference]

    public init(summary: String? = nil, description: String? = nil, notes: [Note] = [], differences: [GuideDifference] = []) {
        self.summary = summary
        self.description = description
        self.notes = notes
        self.differences = differences
    }

    /// Notes that apply everywhere, given as text.
    public init(summary: String? = nil, description: String? = nil, notes: [String], differences: [GuideDifference] = []) {
        self.init(summary: summary, description: description, notes: notes.map { Note($0) }, differences: differences)
    }

    public var isEmpty: Bool {
        summary == nil && description == nil && notes.isEmpty && differences.isEmpty
    }

    /// The notes that apply to the operation `operationID`.
    public func notes(for operationID: String) -> [Note] {
        notes.filter { $0.applies(to: operationID) }
    }
}

/// One note. A note on something several operations share (the `Customer` object, the `Currency`
/// enum) can name the operations it is about: the payment page then never shows the billing-key
/// note of the same field.
public struct Note: Sendable, Hashable {
    public var text: String
    /// The operations the note applies to; empty means every operation that reaches the node.
    public var operations: [String]
    /// On an operation's note: the guide's heading of the note (`paymentId 에는 ASCII 문자만
    /// 허용됩니다.`).
    public var title: String?
    /// On an operation's note: the id of the schema's note topic (the group of the guide's
    /// 유의사항) it belongs to; nil for the first topic.
    public var topic: String?
    /// A page the note points the reader to (the ASCII table, KG Inicis's code list), shown after
    /// the text as a link with this text.
    public var link: NoteLink?
    public var location: SourceLocation

    public init(_ text: String, operations: [String] = [], title: String? = nil, topic: String? = nil, link: NoteLink? = nil, location: SourceLocation = SourceLocation(file: "", line: 0)) {
        self.text = text
        self.operations = operations
        self.title = title
        self.topic = topic
        self.link = link
        self.location = location
    }

    public func applies(to operationID: String) -> Bool {
        operations.isEmpty || operations.contains(operationID)
    }
}

/// `[text](address)` after a note.
public struct NoteLink: Sendable, Hashable {
    public var text: String
    public var address: String

    public init(text: String, address: String) {
        self.text = text
        self.address = address
    }
}

/// A group of the guide's 유의사항 (`카드`, `에스크로`), with the guide's heading for it. The
/// schema declares them in the guide's order.
public struct NoteTopic: Sendable, Hashable {
    public var id: String
    public var title: String
    public var location: SourceLocation

    public init(id: String, title: String, location: SourceLocation) {
        self.id = id
        self.title = title
        self.location = location
    }
}

/// The guide says one thing, the wire (PortOne's SDK or REST schema) another.
/// The code follows `wire`; the pages show both.
public struct GuideDifference: Sendable, Hashable {
    /// What the difference is about: the wire (a name, a value, a type, a requirement), or only
    /// the guide's wording (a misspelt word the pages write corrected).
    public enum Kind: String, Sendable, Hashable {
        case wire
        case wording
    }

    /// Whether PortOne's current Inicis page still says what the 2024 guide says.
    public enum CurrentPage: String, Sendable, Hashable {
        /// The current page corrected it: `evidence` no longer appears there.
        case fixed
        /// The current page says the same: `evidence` appears there.
        case kept
    }

    public var guide: String
    public var wire: String
    public var explanation: String
    public var kind: Kind
    public var currentPage: CurrentPage?
    /// The guide's wording as the current page would write it, to look for there.
    public var evidence: String?
    public var location: SourceLocation

    public init(guide: String, wire: String, explanation: String, kind: Kind = .wire, currentPage: CurrentPage? = nil, evidence: String? = nil, location: SourceLocation) {
        self.guide = guide
        self.wire = wire
        self.explanation = explanation
        self.kind = kind
        self.currentPage = currentPage
        self.evidence = evidence
        self.location = location
    }
}
