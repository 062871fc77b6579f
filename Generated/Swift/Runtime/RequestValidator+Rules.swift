// Copied from Sources/InicisRuntime/RequestValidator+Rules.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis.RequestValidator {
    // Rules only read the validator. They add their issues to the caller's `raised` rather than
    // to `issues`: the closures that find a rule's values borrow the validator, which cannot
    // change while they run.

    /// Adds to `raised` the issues that the rules of the object at `holder` raise: those that
    /// apply on this platform and can fire.
    func evaluate(_ rules: [Inicis.RuleSpec], at holder: Int, _ present: Inicis.FieldSet, into raised: inout [Inicis.ValidationIssue]) {
        for rule in rules where rule.applies(on: platform) {
            if let gate = rule.gate, !present.mayContain(gate) { continue }
            evaluate(rule, at: holder, present, into: &raised)
        }
    }

    /// Adds to `raised` the issues of one rule, if its conditions hold.
    func evaluate(_ rule: Inicis.RuleSpec, at holder: Int, _ present: Inicis.FieldSet, into raised: inout [Inicis.ValidationIssue]) {
        for condition in rule.conditions where !holds(condition, holder, present) {
            return
        }
        func raise(at node: Int, below keys: [String] = []) {
            raised.append(issue(rule.severity, Inicis.ValidationIssue.Code(rawValue: rule.id), rule.message, at: node, below: keys))
        }
        switch rule.kind {
        case .requiredGroup(let alternatives):
            let satisfied = alternatives.contains { group in
                group.allSatisfy { isPresent($0, holder, present) }
            }
            if !satisfied { raise(at: holder) }
        case .exactlyOne(let paths):
            let count = paths.reduce(0) { $0 + (isPresent($1, holder, present) ? 1 : 0) }
            if count != 1 { raise(at: holder) }
        case .require(let target):
            if !isPresent(target, holder, present) { raise(at: holder, below: target.keys) }
        case .forbid(let target), .needsContract(let target, _):
            if case .needsContract(_, let contract) = rule.kind, contracts.contains(contract) { return }
            visit(target, holder, present) { node in raise(at: node) }
        case .allowedValues(let target, let allowed):
            visitElements(target, holder, present) { node in
                guard let text = comparable(document[node].value, target) else { return }
                if !allowed.contains(text) { raise(at: node) }
            }
        case .format(let target, let format):
            visitElements(target, holder, present) { node in
                guard case .string(let text) = document[node].value else { return }
                if !Inicis.TextFormats.matches(text, format) { raise(at: node) }
            }
        case .range(let target, let minimum, let maximum):
            visitElements(target, holder, present) { node in
                guard case .integer(let number) = document[node].value else { return }
                if let minimum, number < minimum { raise(at: node) }
                else if let maximum, number > maximum { raise(at: node) }
            }
        case .order(let earlier, let later):
            var start: Double?
            visit(earlier, holder, present) { node in
                if start == nil, case .string(let text) = document[node].value { start = Inicis.RFC3339.instant(text) }
            }
            guard let start else { return }
            visit(later, holder, present) { node in
                guard case .string(let text) = document[node].value, let end = Inicis.RFC3339.instant(text) else { return }
                if !(start < end) { raise(at: node) }
            }
        case .future(let target, let format):
            visitElements(target, holder, present) { node in
                guard case .string(let text) = document[node].value else { return }
                if hasPassed(text, format) { raise(at: node) }
            }
        }
    }

    /// Value tests need a value: an absent path satisfies `absent` only.
    private func holds(_ condition: Inicis.ConditionSpec, _ holder: Int, _ present: Inicis.FieldSet) -> Bool {
        var found = false
        var matched = false
        visit(condition.path, holder, present) { node in
            found = true
            guard !matched, let text = comparable(document[node].value, condition.path) else { return }
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
    private func comparable(_ value: Inicis.JSONDocument.Value, _ target: Inicis.RulePath) -> String? {
        switch value {
        case .string(let text):
            guard let index = target.enumeration else { return text }
            return catalog.enums[index].canonical(text) ?? text
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        case .null, .number, .array, .object: return nil
        }
    }

    /// True when the time `text` names is over at `now`; false when `text` is not such a time
    /// (the format check reports that).
    private func hasPassed(_ text: String, _ format: Inicis.TemporalFormat) -> Bool {
        switch format {
        case .dateTime:
            guard let instant = Inicis.RFC3339.instant(text) else { return false }
            return !(instant > now)
        case .twoDigitYear:
            guard Inicis.TextFormats.matches(text, .twoDigitYear), let year = Int(text) else { return false }
            return 2000 + year < Inicis.RFC3339.year(ofInstant: now)
        }
    }
}
