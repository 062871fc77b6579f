import InicisSchema

/// One difference between two versions of the schema, as a maintainer reads it after the guide changes.
public struct SchemaChange: Sendable, Hashable, Comparable {
    public enum Impact: String, Sendable, Hashable {
        /// Downstream Swift code may stop compiling (a property, type or case disappears or changes).
        case breaking
        /// Existing Swift code keeps compiling; behaviour (validation, docs) may change.
        case nonBreaking
    }

    /// Where: an operation id, an enum or object id, `contracts`, a grammar id.
    public var scope: String
    /// What, in one line of Markdown.
    public var summary: String
    public var impact: Impact

    public init(scope: String, summary: String, impact: Impact) {
        self.scope = scope
        self.summary = summary
        self.impact = impact
    }

    public static func < (lhs: SchemaChange, rhs: SchemaChange) -> Bool {
        UTF8Order.precedes(lhs.scope, rhs.scope) || lhs.scope == rhs.scope && UTF8Order.precedes(lhs.summary, rhs.summary)
    }
}
