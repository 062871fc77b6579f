/// A constraint the guide states about a request, as data the validators consume.
/// Paths are dotted wire names relative to the object or operation that holds the rule.
public struct Rule: Sendable, Hashable, Identifiable {
    /// Stable: it becomes the validator's issue code.
    public var id: String
    public var kind: RuleKind
    /// The platforms the rule holds on; empty means every platform of the operation.
    public var platforms: Set<Platform>
    /// All must hold for the rule to apply.
    public var conditions: [Condition]
    /// The guide's sentence that motivates the rule, in Korean.
    public var source: String
    /// The message the validator reports; the generator derives one when absent.
    public var message: String?
    public var location: SourceLocation

    public init(id: String, kind: RuleKind, platforms: Set<Platform> = [], conditions: [Condition] = [], source: String, message: String? = nil, location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.platforms = platforms
        self.conditions = conditions
        self.source = source
        self.message = message
        self.location = location
    }

    public func applies(on platform: Platform) -> Bool {
        platforms.isEmpty || platforms.contains(platform)
    }
}

public enum RuleKind: Sendable, Hashable {
    /// At least one alternative is complete: `fullName`, or `firstName` and `lastName`.
    case requiredGroup(alternatives: [[String]])
    /// Exactly one of the paths is present.
    case exactlyOne([String])
    /// The path must be present (under the rule's conditions).
    case require(String)
    /// The path must be absent (under the rule's conditions).
    case forbid(String)
    /// The value at the path must be one of these wire values.
    case allowedValues(path: String, values: [String])
    case format(path: String, format: ValueFormat)
    /// An integer at the path lies within the bounds (either may be open).
    case range(path: String, minimum: Int?, maximum: Int?)
    /// The date-time at `earlier` is before the one at `later`.
    case order(earlier: String, later: String)
    /// The time at the path has not passed at the validator's `now`: a date-time is after it, a
    /// two-digit year (a card's expiry) is not before its year.
    case future(String, format: TemporalFormat = .dateTime)
    /// Using the path (under the conditions) needs an Inicis contract.
    case needsContract(path: String, contract: String)

    /// Every path the rule names, for the checker.
    public var paths: [String] {
        switch self {
        case .requiredGroup(let alternatives): alternatives.flatMap { $0 }
        case .exactlyOne(let paths): paths
        case .require(let path), .forbid(let path), .future(let path, _): [path]
        case .allowedValues(let path, _), .format(let path, _), .range(let path, _, _), .needsContract(let path, _): [path]
        case .order(let earlier, let later): [earlier, later]
        }
    }

    /// The schema language's element name, for diagnostics and pages.
    public var elementName: String {
        switch self {
        case .requiredGroup: "required-group"
        case .exactlyOne: "exactly-one"
        case .require: "require"
        case .forbid: "forbid"
        case .allowedValues: "allowed-values"
        case .format: "format"
        case .range: "range"
        case .order: "order"
        case .future: "future"
        case .needsContract: "needs-contract"
        }
    }
}

/// A test on another field that decides whether a rule applies.
public struct Condition: Sendable, Hashable {
    public enum Test: Sendable, Hashable {
        case present
        case absent
        case equals(String)
        case notEquals(String)
        case oneOf([String])
        case noneOf([String])
    }

    public var path: String
    public var test: Test
    public var location: SourceLocation

    public init(path: String, test: Test, location: SourceLocation) {
        self.path = path
        self.test = test
        self.location = location
    }
}

/// How a `future` rule reads its value as a time.
public enum TemporalFormat: String, Sendable, Hashable, CaseIterable {
    /// RFC 3339 `date-time`: an instant.
    case dateTime = "date-time"
    /// `YY`, read as 20YY: the whole year counts (a card is valid until its expiry year ends).
    case twoDigitYear = "two-digit-year"
}

/// String formats the guide asks for. These are general formats, not Inicis knowledge:
/// which field needs which one is the schema's business.
public enum ValueFormat: Sendable, Hashable {
    /// Printable ASCII, U+0020 to U+007E.
    case asciiPrintable
    case digits
    /// `#RRGGBB`.
    case hexColor
    /// RFC 3339 `date-time`.
    case dateTime
    /// `01` to `12`.
    case twoDigitMonth
    /// `00` to `99`.
    case twoDigitYear
    /// Only characters from these ranges, written like a regex class body: `A-Za-z0-9@.`.
    case characters(String)

    public var name: String {
        switch self {
        case .asciiPrintable: "ascii-printable"
        case .digits: "digits"
        case .hexColor: "hex-color"
        case .dateTime: "date-time"
        case .twoDigitMonth: "two-digit-month"
        case .twoDigitYear: "two-digit-year"
        case .characters: "characters"
        }
    }
}
