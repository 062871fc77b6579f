extension ValidationEngine {
    /// `Swift/Validation/Engine/ValidationSpecs.swift`, written as is: it does not depend on the schema.
    static let validationSpecs = EngineFile(name: "ValidationSpecs", source: #"""
import Foundation

// The tables the generator writes from the schema, and the engine reads. Built once (static
// lets), referenced by index so that an object may contain itself.

/// What a field is on one platform (the schema's `pc`, `mobile`, `api` attributes).
enum RequirementSpec: Sendable {
    case required
    case conditional
    case optional
    case ignored
    case unsupported
}

/// The JSON a field holds.
indirect enum ValueSpec: Sendable {
    case string
    case integer
    case boolean
    /// An RFC 3339 date-time string.
    case dateTime
    /// A wire value of `ValidationCatalog.enums[index]`.
    case enumeration(Int)
    /// A JSON object described by `ValidationCatalog.objects[index]`.
    case object(Int)
    case array(ValueSpec)
}

/// A class, so that looking at a field retains one reference instead of copying its strings.
final class FieldSpec: Sendable {
    let name: String
    /// The guide's label (`구매자 이메일`), for messages.
    let label: String?
    let value: ValueSpec
    let pc: RequirementSpec?
    let mobile: RequirementSpec?
    let api: RequirementSpec?
    let contract: InicisContract?
    let grammar: String?
    let isRemoved: Bool
    let isSecret: Bool

    init(
        _ name: String,
        label: String? = nil,
        _ value: ValueSpec,
        pc: RequirementSpec? = nil,
        mobile: RequirementSpec? = nil,
        api: RequirementSpec? = nil,
        contract: InicisContract? = nil,
        grammar: String? = nil,
        isRemoved: Bool = false,
        isSecret: Bool = false
    ) {
        self.name = name
        self.label = label
        self.value = value
        self.pc = pc
        self.mobile = mobile
        self.api = api
        self.contract = contract
        self.grammar = grammar
        self.isRemoved = isRemoved
        self.isSecret = isSecret
    }

    func requirement(on platform: Platform) -> RequirementSpec? {
        switch platform {
        case .pc: pc
        case .mobile: mobile
        case .api: api
        }
    }
}

/// One object of the schema: its fields in schema order, its rules, and for each platform the
/// fields that must be present whenever the object is.
final class ObjectSpec: Sendable {
    let label: String?
    /// Exactly one field is present (`offerPeriod`: `range` or `interval`).
    let isOneOf: Bool
    let fields: [FieldSpec]
    /// `fields.map(\.name)`, kept apart so that looking a key up touches only names.
    let names: [String]
    let rules: [RuleSpec]
    private let requiredOnPC: [Int]
    private let requiredOnMobile: [Int]
    private let requiredOnAPI: [Int]

    init(label: String? = nil, isOneOf: Bool = false, fields: [FieldSpec], rules: [RuleSpec] = []) {
        self.label = label
        self.isOneOf = isOneOf
        self.fields = fields
        self.names = fields.map(\.name)
        self.rules = rules
        func required(_ platform: Platform) -> [Int] {
            fields.indices.filter { fields[$0].requirement(on: platform) == .required }
        }
        requiredOnPC = required(.pc)
        requiredOnMobile = required(.mobile)
        requiredOnAPI = required(.api)
    }

    func requiredFields(on platform: Platform) -> [Int] {
        switch platform {
        case .pc: requiredOnPC
        case .mobile: requiredOnMobile
        case .api: requiredOnAPI
        }
    }

    /// The index of the field named `key`. The search starts at `cursor` and wraps around: keys
    /// in schema order (what the models produce) cost one comparison each.
    func fieldIndex(of key: String, cursor: inout Int) -> Int? {
        let count = names.count
        guard count > 0 else { return nil }
        var index = cursor < count ? cursor : 0
        for _ in 0..<count {
            if names[index] == key {
                cursor = index + 1
                return index
            }
            index = index + 1 == count ? 0 : index + 1
        }
        return nil
    }
}

/// An enum's wire values, and the prefix of PortOne's aliases (`CARD_COMPANY_`).
final class EnumSpec: Sendable {
    let label: String?
    /// In schema order, for messages and suggestions.
    let values: [String]
    private let valueSet: Set<String>
    /// The alias prefix with its `_`, or nil.
    private let aliasPrefix: String?

    init(label: String? = nil, aliasPrefix: String? = nil, values: [String]) {
        self.label = label
        self.values = values
        self.valueSet = Set(values)
        self.aliasPrefix = aliasPrefix.map { $0 + "_" }
    }

    /// The canonical wire value of `text` (itself, or the value its alias names); nil when the
    /// enum has no such value.
    func canonical(_ text: String) -> String? {
        if valueSet.contains(text) { return text }
        guard let prefix = aliasPrefix, text.hasPrefix(prefix) else { return nil }
        let value = String(text.utf8.dropFirst(prefix.utf8.count))
        return value.flatMap { valueSet.contains($0) ? $0 : nil }
    }
}

/// A rule path from the object that holds the rule: wire names, resolved through nested objects
/// (and through every element of an array on the way).
struct RulePath: Sendable {
    var keys: [String]
    /// The holder's field the path starts with; -1 when the path does not resolve, so it is never present.
    var firstField: Int
    /// The enum of the field the path ends at: its values are compared canonically.
    var enumeration: Int?

    init(_ keys: [String], firstField: Int, enumeration: Int? = nil) {
        self.keys = keys
        self.firstField = firstField
        self.enumeration = enumeration
    }
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
enum TemporalFormatSpec: Sendable {
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
        case future(RulePath, TemporalFormatSpec)
        case needsContract(RulePath, InicisContract)
    }

    /// The issue code.
    let id: String
    let kind: Kind
    /// Empty: every platform.
    let platforms: [Platform]
    let conditions: [ConditionSpec]
    /// The schema's message, or the guide's sentence.
    let message: String
    /// For rules that only look at a value that is there (every kind but require, required-group
    /// and exactly-one): the holder's field that value starts at. When that field is absent the
    /// rule cannot fire, and the walk skips it without reading its conditions.
    let gate: Int?

    init(_ id: String, _ kind: Kind, platforms: [Platform] = [], conditions: [ConditionSpec] = [], message: String) {
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

    func applies(on platform: Platform) -> Bool {
        platforms.isEmpty || platforms.contains(platform)
    }

    /// Contracts are advice, everything else is what PortOne or Inicis would reject.
    var severity: ValidationIssue.Severity {
        if case .needsContract = kind { return .warning }
        return .error
    }
}

/// What the bypass grammar catalog says about one option string.
enum OptionCheck {
    /// The option parses; it needs this contract (an id), or none.
    case valid(contract: String?)
    /// It does not parse: where (a 0-based offset in the option) and why.
    case invalid(offset: Int, message: String)
}

/// An operation's request: the object at its root, the operation's own rules, where it is sent from.
struct OperationSpec: Sendable {
    var body: Int
    var rules: [RuleSpec]
    var platforms: [Platform]
}
"""#)
}
