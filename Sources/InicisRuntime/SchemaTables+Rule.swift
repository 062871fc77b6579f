extension Inicis.SchemaTables {
    /// A cross-field rule, with the guide's sentence as its message. Paths are dotted wire keys
    /// relative to the object that holds the rule (`customer.fullName`); arrays on the way are
    /// entered element by element.
    ///
    /// One flat record for every kind, so that the JSON stays readable; `kind` says which of the
    /// optional properties it uses.
    public struct Rule: Codable, Sendable {
        public enum Kind: String, Codable, Hashable, Sendable {
            /// One of `alternatives` (each a set of paths) must be wholly present.
            case requiredGroup = "required-group"
            /// Exactly one of `paths` is present.
            case exactlyOne = "exactly-one"
            case require
            case forbid
            /// The value at `path` is one of `values`.
            case allowedValues = "allowed-values"
            /// The string at `path` has `format` (with `characters` for `characters`).
            case format
            /// The integer at `path` is within `minimum`...`maximum`.
            case range
            /// The date-time at `earlier` comes before the one at `later`.
            case order
            /// The time at `path` (read as `format`: `date-time` or `two-digit-year`) has not passed.
            case future
            /// Setting `path` needs `contract`.
            case needsContract = "needs-contract"
        }

        /// The issue code.
        public var id: String
        public var kind: Kind
        public var path: String?
        public var paths: [String]?
        public var alternatives: [[String]]?
        public var values: [String]?
        public var format: String?
        public var characters: String?
        public var minimum: Int?
        public var maximum: Int?
        public var earlier: String?
        public var later: String?
        public var contract: String?
        /// Absent: every platform of the operation.
        public var platforms: [Inicis.Platform]?
        /// Every condition must hold for the rule to apply.
        public var when: [Condition]?
        public var message: String

        public init(id: String, kind: Kind, message: String) {
            self.id = id
            self.kind = kind
            self.message = message
        }
    }

    /// A test of the value at `path`: `present`, `absent`, `equals`/`not-equals` (`value`),
    /// `in`/`not-in` (`values`). Enum values compare canonically (aliases resolved).
    public struct Condition: Codable, Sendable {
        public enum Test: String, Codable, Hashable, Sendable {
            case present
            case absent
            case equals
            case notEquals = "not-equals"
            case `in`
            case notIn = "not-in"
        }

        public var path: String
        public var test: Test
        public var value: String?
        public var values: [String]?

        public init(path: String, test: Test, value: String? = nil, values: [String]? = nil) {
            self.path = path
            self.test = test
            self.value = value
            self.values = values
        }
    }
}
