import Foundation
import InicisSchema
import InicisV2

/// The clock every schema example is validated at: the guide's 2023 and 2024 dates are past, 2099
/// is in the future (the schema's header comment states the same).
enum ExampleClock {
    static let now: Date = {
        var components = DateComponents()
        components.calendar = Calendar(identifier: .gregorian)
        components.timeZone = TimeZone(secondsFromGMT: 9 * 3600)
        (components.year, components.month, components.day) = (2026, 1, 1)
        return components.date!
    }()
}

/// An issue as the schema's `<expect>` writes it.
struct IssueKey: Hashable, Comparable, CustomStringConvertible {
    var path: String
    var code: String
    var severity: String

    init(path: String, code: String, severity: String) {
        self.path = path
        self.code = code
        self.severity = severity
    }

    init(_ issue: Inicis.ValidationIssue) {
        self.init(path: issue.path.description, code: issue.code.rawValue, severity: issue.severity.rawValue)
    }

    init(_ expected: ExpectedIssue) {
        self.init(path: expected.path, code: expected.code, severity: expected.severity.rawValue)
    }

    var description: String { "\(path) \(code) \(severity)" }

    static func < (lhs: IssueKey, rhs: IssueKey) -> Bool {
        (lhs.path, lhs.code, lhs.severity) < (rhs.path, rhs.code, rhs.severity)
    }
}

/// Validates a request by operation id, through the generated operations, with no contracts and
/// at `ExampleClock.now` unless told otherwise.
enum Validation {
    static func issues(_ json: String, operation id: String, platform: InicisSchema.Platform, contracts: Set<Inicis.Contract> = [], now: Date = ExampleClock.now) throws -> [Inicis.ValidationIssue] {
        try issues(Data(json.utf8), operation: id, platform: platform, contracts: contracts, now: now)
    }

    static func issues(_ value: Inicis.JSON, operation id: String, platform: InicisSchema.Platform, contracts: Set<Inicis.Contract> = [], now: Date = ExampleClock.now) throws -> [Inicis.ValidationIssue] {
        try issues(JSONText.data(value), operation: id, platform: platform, contracts: contracts, now: now)
    }

    static func issues(_ json: Data, operation id: String, platform: InicisSchema.Platform, contracts: Set<Inicis.Contract> = [], now: Date = ExampleClock.now) throws -> [Inicis.ValidationIssue] {
        try GeneratedOperations.validate(json: json, operation: id, platform: Inicis.Platform(platform), contracts: contracts, now: now)
    }

    /// Every contract the schema declares.
    static var allContracts: Set<Inicis.Contract> {
        Set(SchemaExamples.schema.contracts.map { Inicis.Contract(rawValue: $0.id) })
    }
}

extension Inicis.Platform {
    /// The library's platform of the schema's.
    init(_ platform: InicisSchema.Platform) {
        switch platform {
        case .pc: self = .pc
        case .mobile: self = .mobile
        case .api: self = .api
        }
    }
}

/// JSON text of a `Inicis.JSON` value, members in their order (duplicates included), so that
/// what a test builds is exactly what the validator reads.
enum JSONText {
    static func data(_ value: Inicis.JSON) -> Data {
        Data(text(value).utf8)
    }

    static func text(_ value: Inicis.JSON) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        case .number(let number): "\(number)"
        case .string(let text): quoted(text)
        case .array(let elements): "[" + elements.map(text).joined(separator: ",") + "]"
        case .object(let members): "{" + members.map { quoted($0.key) + ":" + text($0.value) }.joined(separator: ",") + "}"
        }
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }
}
