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

    init(_ issue: ValidationIssue) {
        self.init(path: issue.path.description, code: issue.code, severity: issue.severity.rawValue)
    }

    init(_ expected: ExpectedIssue) {
        self.init(path: expected.path, code: expected.code, severity: expected.severity.rawValue)
    }

    var description: String { "\(path) \(code) \(severity)" }

    static func < (lhs: IssueKey, rhs: IssueKey) -> Bool {
        (lhs.path, lhs.code, lhs.severity) < (rhs.path, rhs.code, rhs.severity)
    }
}

/// Validates through the generated catalog, as the CLI does.
enum Validation {
    static func operation(_ id: String) -> (any ValidatableOperation.Type)? {
        OperationCatalog.operation(id: id) as? any ValidatableOperation.Type
    }

    static func issues(_ json: String, operation id: String, platform: InicisSchema.Platform, contracts: Set<InicisContract> = [], now: Date = ExampleClock.now) throws -> [ValidationIssue] {
        guard let operation = operation(id) else { throw Missing(id: id) }
        return try operation.validate(json: Data(json.utf8), platform: InicisV2.Platform(rawValue: platform.rawValue), contracts: contracts, now: now)
    }

    static func issues(_ value: JSONValue, operation id: String, platform: InicisSchema.Platform, contracts: Set<InicisContract> = [], now: Date = ExampleClock.now) throws -> [ValidationIssue] {
        guard let operation = operation(id) else { throw Missing(id: id) }
        return operation.validate(value, platform: InicisV2.Platform(rawValue: platform.rawValue)!, contracts: contracts, now: now)
    }

    struct Missing: Error { var id: String }
}
