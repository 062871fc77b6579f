/// A rule path from the object that holds the rule: wire names, resolved through nested objects
/// (and through every element of an array on the way).
struct RulePath: Sendable {
    var keys: [String]
    /// The holder's field the path starts with; -1 when the path does not resolve, so that it is
    /// never present.
    var firstField: Int
    /// The enum of the field the path ends at: its values are compared canonically.
    var enumeration: Int?
}

struct ConditionSpec: Sendable {
    enum Test: Sendable {
        case present
        case absent
        case equals(String)
        case notEquals(String)
        case oneOf([String])
        case noneOf([String])
    }

    var path: RulePath
    var test: Test
}

/// The string formats of `format` rules.
enum TextFormat: Sendable {
    case asciiPrintable
    case digits
    case hexColor
    case dateTime
    case twoDigitMonth
    case twoDigitYear
    /// Unicode scalars within one of the ranges.
    case characters([ClosedRange<UInt32>])
}

/// How a `future` rule reads its value as a time.
enum TemporalFormat: Sendable {
    case dateTime
    case twoDigitYear
}

/// A class, so that walking an object's rules retains one reference per rule, not every array
/// a rule holds.
final class RuleSpec: Sendable {
    enum Kind: Sendable {
        case requiredGroup([[RulePath]])
        case exactlyOne([RulePath])
        case require(RulePath)
        case forbid(RulePath)
        case allowedValues(RulePath, [String])
        case format(RulePath, TextFormat)
        case range(RulePath, minimum: Int?, maximum: Int?)
        case order(earlier: RulePath, later: RulePath)
        case future(RulePath, TemporalFormat)
        case needsContract(RulePath, InicisContract)
    }

    /// The issue code.
    let id: String
    let kind: Kind
    /// Empty: every platform.
    let platforms: [InicisPlatform]
    let conditions: [ConditionSpec]
    /// The schema's message, or the guide's sentence.
    let message: String
    /// For rules that only look at a value that is there (every kind but require, required-group
    /// and exactly-one): the holder's field that value starts at. When that field is absent the
    /// rule cannot fire.
    let gate: Int?

    init(id: String, kind: Kind, platforms: [InicisPlatform], conditions: [ConditionSpec], message: String) {
        self.id = id
        self.kind = kind
        self.platforms = platforms
        self.conditions = conditions
        self.message = message
        switch kind {
        case .requiredGroup, .exactlyOne, .require:
            gate = nil
        case .forbid(let path), .allowedValues(let path, _), .format(let path, _), .range(let path, _, _),
             .future(let path, _), .needsContract(let path, _), .order(earlier: _, later: let path):
            gate = path.firstField
        }
    }

    func applies(on platform: InicisPlatform) -> Bool {
        platforms.isEmpty || platforms.contains(platform)
    }

    /// Contracts are advice; everything else is what PortOne or Inicis would reject.
    var severity: ValidationIssue.Severity {
        if case .needsContract = kind { return .warning }
        return .error
    }
}
