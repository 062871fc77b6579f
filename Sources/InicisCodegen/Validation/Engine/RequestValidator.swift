extension ValidationEngine {
    /// `Swift/Validation/Engine/RequestValidator.swift`, written as is: it does not depend on the schema.
    static let requestValidator = EngineFile(name: "RequestValidator", source: #"""
import Foundation

/// Walks one request against the generated tables and collects every issue. One value per
/// request: it holds the request, and the issues found so far. A struct, so that validating
/// allocates nothing but the request's document (and the issues, when there are any); not
/// copyable, so that the closures of the rules borrow it instead of copying every table it refers to.
///
/// Values are nodes of the request's `JSONDocument`, named by index; an issue's path is rebuilt
/// from its node only when it is reported.
///
/// `null` counts as absent everywhere: the SDK treats a `null` property like a missing one.
struct RequestValidator: ~Copyable {
    let document: JSONDocument
    let objects: [ObjectSpec]
    let enums: [EnumSpec]
    let platform: Platform
    let contracts: Set<InicisContract>
    /// Seconds since 1970, UTC.
    let now: Double
    private(set) var issues: [ValidationIssue] = []

    init(_ document: JSONDocument, objects: [ObjectSpec], enums: [EnumSpec], platform: Platform, contracts: Set<InicisContract>, now: Date) {
        self.document = document
        self.objects = objects
        self.enums = enums
        self.platform = platform
        self.contracts = contracts
        self.now = now.timeIntervalSince1970
    }

    /// Every issue of the request, sorted by path. Consuming: a validator serves one request.
    consuming func validate(as operation: OperationSpec) -> [ValidationIssue] {
        let root = JSONDocument.root
        guard operation.platforms.contains(platform) else {
            let platforms = operation.platforms.map(ValidationMessages.platformName).joined(separator: ", ")
            report(.error, "platform-mismatch", ValidationMessages.platformMismatch(platforms), at: root)
            return issues
        }
        guard case .object = document[root].value else {
            report(.error, "wrong-type", ValidationMessages.wrongType(expected: .object(operation.body), found: document[root].value), at: root)
            return issues
        }
        walkObject(root, objects[operation.body], extraRules: operation.rules)
        if issues.count > 1 { issues.sort(by: ValidationIssue.precedes) }
        return issues
    }

    // MARK: Reporting

    /// An issue at the value `node`.
    mutating func report(_ severity: ValidationIssue.Severity, _ code: String, _ message: String, at node: Int) {
        issues.append(issue(severity, code, message, at: node))
    }

    /// An issue at the value `node`, or below it at `keys`, which are not in the request (a
    /// missing field).
    func issue(_ severity: ValidationIssue.Severity, _ code: String, _ message: String, at node: Int, below keys: [String] = []) -> ValidationIssue {
        var components = document.path(of: node)
        components.append(contentsOf: keys.map(ValidationPath.Component.key))
        return ValidationIssue(path: ValidationPath(components), severity: severity, code: code, message: message)
    }

    // MARK: Structure

    /// The object at `holder`: its members, its required fields, its rules.
    mutating func walkObject(_ holder: Int, _ spec: ObjectSpec, extraRules: [RuleSpec] = []) {
        var present = FieldSet()
        var presentCount = 0
        var cursor = 0
        for member in document.children(of: holder) {
            let key = document.key(of: member)
            guard let index = spec.fieldIndex(of: key, cursor: &cursor) else {
                report(.warning, "unknown-key", ValidationMessages.unknownKey(key, known: spec.names), at: member)
                continue
            }
            if case .null = document[member].value { continue }
            present.insert(index)
            presentCount += 1
            walkField(member, spec.fields[index])
        }
        if spec.isOneOf, presentCount != 1, !spec.fields.isEmpty {
            report(.error, "one-of", ValidationMessages.oneOf(spec.names), at: holder)
        }
        for index in spec.requiredFields(on: platform) where !isPresent(index, present, holder, spec) {
            let field = spec.fields[index]
            issues.append(issue(.error, "missing-required", ValidationMessages.missingRequired(field.label, platform: platform), at: holder, below: [field.name]))
        }
        var raised: [ValidationIssue] = []
        evaluate(spec.rules, at: holder, present, into: &raised)
        evaluate(extraRules, at: holder, present, into: &raised)
        if !raised.isEmpty { issues += raised }
    }

    private func isPresent(_ index: Int, _ present: FieldSet, _ holder: Int, _ spec: ObjectSpec) -> Bool {
        guard present.mayContain(index) else { return false }
        guard index >= FieldSet.capacity else { return true }
        let name = spec.names[index]
        return document.children(of: holder).contains { member in
            if document.key(of: member) != name { return false }
            if case .null = document[member].value { return false }
            return true
        }
    }

    /// A present field at `node`: what its requirement says on this platform, then its value.
    private mutating func walkField(_ node: Int, _ field: FieldSpec) {
        let requirement = field.requirement(on: platform)
        let hasNoEffect = requirement == .ignored || requirement == .unsupported
        if requirement == .ignored {
            report(.warning, "ignored-parameter", ValidationMessages.ignored(platform: platform), at: node)
        } else if requirement == .unsupported {
            report(.warning, "unsupported-on-platform", ValidationMessages.unsupported(platform: platform), at: node)
        } else if field.isRemoved {
            report(.warning, "removed-parameter", ValidationMessages.removed, at: node)
        }
        if let contract = field.contract, !hasNoEffect, !contracts.contains(contract) {
            report(.warning, "contract-required", ValidationMessages.contractRequired(contract), at: node)
        }
        checkValue(node, field.value, field, checksOptions: !hasNoEffect)
    }

    /// Type, enum membership, date-time format, option grammar; objects and arrays recursively.
    private mutating func checkValue(_ node: Int, _ spec: ValueSpec, _ field: FieldSpec, checksOptions: Bool) {
        let value = document[node].value
        switch (spec, value) {
        case (.string, .string(let text)):
            if let grammar = field.grammar, checksOptions {
                checkOption(text, grammar: grammar, field, at: node)
            }
        case (.integer, .integer), (.boolean, .bool):
            break
        case (.dateTime, .string(let text)):
            if RFC3339.instant(text) == nil {
                report(.error, "invalid-format", ValidationMessages.invalidDateTime, at: node)
            }
        case (.enumeration(let index), .string(let text)):
            let enumeration = enums[index]
            if enumeration.canonical(text) == nil {
                report(.error, "invalid-enum-value", ValidationMessages.invalidEnumValue(text, enumeration, isSecret: field.isSecret), at: node)
            }
        case (.object(let index), .object):
            walkObject(node, objects[index])
        case (.array(let element), .array):
            for item in document.children(of: node) {
                checkValue(item, element, field, checksOptions: checksOptions)
            }
        default:
            report(.error, "wrong-type", ValidationMessages.wrongType(expected: spec, found: value), at: node)
        }
    }

    /// A bypass option: its grammar, and the contract the option needs.
    private mutating func checkOption(_ option: String, grammar: String, _ field: FieldSpec, at node: Int) {
        switch ValidationCatalog.checkOption(option, grammar: grammar) {
        case .valid(let contractID):
            if let contractID, !contracts.contains(InicisContract(rawValue: contractID)) {
                report(.warning, "contract-required", ValidationMessages.contractRequired(InicisContract(rawValue: contractID)), at: node)
            }
        case .invalid(let offset, let message):
            report(.error, "grammar-error", ValidationMessages.grammarError(offset: offset, message, option: field.isSecret ? nil : option), at: node)
        }
    }
}
"""#)
}
