extension ValidationEngine {
    /// `Swift/Validation/Engine/RequestValidator+Rules.swift`, written as is: it does not depend on the schema.
    static let requestValidatorRules = EngineFile(name: "RequestValidator+Rules", source: #"""
extension RequestValidator {
    /// The rules of the object whose members are `members` (at the current path) that apply on
    /// this platform and can fire.
    func evaluate(_ rules: [RuleSpec], _ members: [JSONMember], _ present: FieldSet) {
        for rule in rules where rule.applies(on: platform) {
            if let gate = rule.gate, !present.mayContain(gate) { continue }
            evaluate(rule, members, present)
        }
    }

    /// One rule, if its conditions hold.
    func evaluate(_ rule: RuleSpec, _ members: [JSONMember], _ present: FieldSet) {
        for condition in rule.conditions where !holds(condition, members, present) {
            return
        }
        switch rule.kind {
        case .requiredGroup(let alternatives):
            let satisfied = alternatives.contains { group in
                group.allSatisfy { isPresent($0, members, present) }
            }
            if !satisfied { report(rule.severity, rule.id, rule.message) }
        case .exactlyOne(let paths):
            let count = paths.reduce(0) { $0 + (isPresent($1, members, present) ? 1 : 0) }
            if count != 1 { report(rule.severity, rule.id, rule.message) }
        case .require(let target):
            if !isPresent(target, members, present) {
                report(rule.severity, rule.id, rule.message, below: target.keys)
            }
        case .forbid(let target), .needsContract(let target, _):
            if case .needsContract(_, let contract) = rule.kind, contracts.contains(contract) { return }
            visit(target, members, present) { _ in report(rule.severity, rule.id, rule.message) }
        case .allowedValues(let target, let allowed):
            visitElements(target, members, present) { value in
                guard let text = comparable(value, target) else { return }
                if !allowed.contains(text) { report(rule.severity, rule.id, rule.message) }
            }
        case .format(let target, let format):
            visitElements(target, members, present) { value in
                guard case .string(let text) = value else { return }
                if !TextFormats.matches(text, format) { report(rule.severity, rule.id, rule.message) }
            }
        case .range(let target, let minimum, let maximum):
            visitElements(target, members, present) { value in
                guard case .integer(let number) = value else { return }
                if let minimum, number < minimum { report(rule.severity, rule.id, rule.message) }
                else if let maximum, number > maximum { report(rule.severity, rule.id, rule.message) }
            }
        case .order(let earlier, let later):
            var start: Double?
            visit(earlier, members, present) { value in
                if start == nil, case .string(let text) = value { start = RFC3339.instant(text) }
            }
            guard let start else { return }
            visit(later, members, present) { value in
                guard case .string(let text) = value, let end = RFC3339.instant(text) else { return }
                if !(start < end) { report(rule.severity, rule.id, rule.message) }
            }
        case .future(let target, let format):
            visitElements(target, members, present) { value in
                guard case .string(let text) = value else { return }
                if hasPassed(text, format) { report(rule.severity, rule.id, rule.message) }
            }
        }
    }

    /// Value tests need a value: an absent path satisfies `absent` only.
    private func holds(_ condition: ConditionSpec, _ members: [JSONMember], _ present: FieldSet) -> Bool {
        var found = false
        var matched = false
        visit(condition.path, members, present) { value in
            found = true
            guard !matched, let text = comparable(value, condition.path) else { return }
            switch condition.test {
            case .present, .absent: break
            case .equals(let expected): matched = text == expected
            case .notEquals(let expected): matched = text != expected
            case .oneOf(let list): matched = list.contains(text)
            case .noneOf(let list): matched = !list.contains(text)
            }
        }
        switch condition.test {
        case .present: return found
        case .absent: return !found
        default: return matched
        }
    }

    /// A scalar as the schema writes values: canonical enum values, `true`/`false`, decimal integers.
    private func comparable(_ value: JSONValue, _ target: RulePath) -> String? {
        switch value {
        case .string(let text):
            guard let index = target.enumeration else { return text }
            return enums[index].canonical(text) ?? text
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        case .null, .number, .array, .object: return nil
        }
    }

    /// True when the time `text` names is over at `now`; false when `text` is not such a time
    /// (the format check reports that).
    private func hasPassed(_ text: String, _ format: TemporalFormatSpec) -> Bool {
        switch format {
        case .dateTime:
            guard let instant = RFC3339.instant(text) else { return false }
            return !(instant > now)
        case .twoDigitYear:
            guard TextFormats.matches(text, .twoDigitYear), let year = Int(text) else { return false }
            return 2000 + year < RFC3339.year(ofInstant: now)
        }
    }
}
"""#)
}
