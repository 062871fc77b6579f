extension ValidationEngine {
    /// `Swift/Validation/Engine/RequestValidator.swift`, written as is: it does not depend on the schema.
    static let requestValidator = EngineFile(name: "RequestValidator", source: #"""
import Foundation

/// Walks one request against the generated tables and collects every issue. One instance per
/// request: it holds the path of the value being looked at, and the issues found so far.
///
/// `null` counts as absent everywhere: the SDK treats a `null` property like a missing one.
final class RequestValidator {
    let objects: [ObjectSpec]
    let enums: [EnumSpec]
    let platform: Platform
    let contracts: Set<InicisContract>
    /// Seconds since 1970, UTC.
    let now: Double
    /// The path of the value being looked at. Exclusivity is not checked at run time: only this
    /// instance touches it, one access at a time.
    @exclusivity(unchecked) var path: [ValidationPath.Component] = []
    @exclusivity(unchecked) private(set) var issues: [ValidationIssue] = []

    init(objects: [ObjectSpec], enums: [EnumSpec], platform: Platform, contracts: Set<InicisContract>, now: Date) {
        self.objects = objects
        self.enums = enums
        self.platform = platform
        self.contracts = contracts
        self.now = now.timeIntervalSince1970
        path.reserveCapacity(16)
    }

    /// Every issue of `request`, sorted by path.
    func validate(_ request: JSONValue, as operation: OperationSpec) -> [ValidationIssue] {
        guard operation.platforms.contains(platform) else {
            let platforms = operation.platforms.map(ValidationMessages.platformName).joined(separator: ", ")
            report(.error, "platform-mismatch", ValidationMessages.platformMismatch(platforms))
            return issues
        }
        guard case .object(let members) = request else {
            report(.error, "wrong-type", ValidationMessages.wrongType(expected: .object(operation.body), found: request))
            return issues
        }
        walkObject(members, objects[operation.body], extraRules: operation.rules)
        if issues.count > 1 { issues.sort(by: ValidationIssue.precedes) }
        return issues
    }

    // MARK: Reporting

    /// An issue at the current path.
    func report(_ severity: ValidationIssue.Severity, _ code: String, _ message: String) {
        issues.append(ValidationIssue(path: ValidationPath(path), severity: severity, code: code, message: message))
    }

    /// An issue at the current path followed by `keys`, which are not on the path (a missing field).
    func report(_ severity: ValidationIssue.Severity, _ code: String, _ message: String, below keys: [String]) {
        var components = path
        components.append(contentsOf: keys.map(ValidationPath.Component.key))
        issues.append(ValidationIssue(path: ValidationPath(components), severity: severity, code: code, message: message))
    }

    // MARK: Structure

    func walkObject(_ members: [JSONMember], _ spec: ObjectSpec, extraRules: [RuleSpec] = []) {
        var present = FieldSet()
        var presentCount = 0
        var cursor = 0
        for member in members {
            guard let index = spec.fieldIndex(of: member.key, cursor: &cursor) else {
                path.append(.key(member.key))
                report(.warning, "unknown-key", ValidationMessages.unknownKey(member.key, known: spec.names))
                path.removeLast()
                continue
            }
            if case .null = member.value { continue }
            present.insert(index)
            presentCount += 1
            path.append(.key(member.key))
            walkField(member.value, spec.fields[index])
            path.removeLast()
        }
        if spec.isOneOf, presentCount != 1, !spec.fields.isEmpty {
            report(.error, "one-of", ValidationMessages.oneOf(spec.names))
        }
        for index in spec.requiredFields(on: platform) where !isPresent(index, present, members, spec) {
            let field = spec.fields[index]
            report(.error, "missing-required", ValidationMessages.missingRequired(field.label, platform: platform), below: [field.name])
        }
        evaluate(spec.rules, members, present)
        if !extraRules.isEmpty { evaluate(extraRules, members, present) }
    }

    private func isPresent(_ index: Int, _ present: FieldSet, _ members: [JSONMember], _ spec: ObjectSpec) -> Bool {
        guard present.mayContain(index) else { return false }
        guard index >= FieldSet.capacity else { return true }
        let name = spec.names[index]
        return members.contains { member in
            if member.key != name { return false }
            if case .null = member.value { return false }
            return true
        }
    }

    /// A present field: what its requirement says on this platform, then its value.
    private func walkField(_ value: JSONValue, _ field: FieldSpec) {
        let requirement = field.requirement(on: platform)
        let hasNoEffect = requirement == .ignored || requirement == .unsupported
        if requirement == .ignored {
            report(.warning, "ignored-parameter", ValidationMessages.ignored(platform: platform))
        } else if requirement == .unsupported {
            report(.warning, "unsupported-on-platform", ValidationMessages.unsupported(platform: platform))
        } else if field.isRemoved {
            report(.warning, "removed-parameter", ValidationMessages.removed)
        }
        if let contract = field.contract, !hasNoEffect, !contracts.contains(contract) {
            report(.warning, "contract-required", ValidationMessages.contractRequired(contract))
        }
        checkValue(value, field.value, field, checksOptions: !hasNoEffect)
    }

    /// Type, enum membership, date-time format, option grammar; objects and arrays recursively.
    private func checkValue(_ value: JSONValue, _ spec: ValueSpec, _ field: FieldSpec, checksOptions: Bool) {
        switch (spec, value) {
        case (.string, .string(let text)):
            if let grammar = field.grammar, checksOptions {
                checkOption(text, grammar: grammar, field)
            }
        case (.integer, .integer), (.boolean, .bool):
            break
        case (.dateTime, .string(let text)):
            if RFC3339.instant(text) == nil {
                report(.error, "invalid-format", ValidationMessages.invalidDateTime)
            }
        case (.enumeration(let index), .string(let text)):
            let enumeration = enums[index]
            if enumeration.canonical(text) == nil {
                report(.error, "invalid-enum-value", ValidationMessages.invalidEnumValue(text, enumeration, isSecret: field.isSecret))
            }
        case (.object(let index), .object(let members)):
            walkObject(members, objects[index])
        case (.array(let element), .array(let elements)):
            for (offset, item) in elements.enumerated() {
                path.append(.index(offset))
                checkValue(item, element, field, checksOptions: checksOptions)
                path.removeLast()
            }
        default:
            report(.error, "wrong-type", ValidationMessages.wrongType(expected: spec, found: value))
        }
    }

    /// A bypass option: its grammar, and the contract the option needs.
    private func checkOption(_ option: String, grammar: String, _ field: FieldSpec) {
        switch ValidationCatalog.checkOption(option, grammar: grammar) {
        case .valid(let contractID):
            if let contractID, !contracts.contains(InicisContract(rawValue: contractID)) {
                report(.warning, "contract-required", ValidationMessages.contractRequired(InicisContract(rawValue: contractID)))
            }
        case .invalid(let offset, let message):
            report(.error, "grammar-error", ValidationMessages.grammarError(offset: offset, message, option: field.isSecret ? nil : option))
        }
    }
}
"""#)
}
