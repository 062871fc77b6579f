extension CheckRun {
    /// Rules of objects (paths from the object) and of operations (paths from the body).
    mutating func checkRules() {
        for (holder, rules) in RuleHolder.all(in: index) {
            for rule in rules {
                check(rule, in: holder)
            }
        }
    }

    private mutating func check(_ rule: Rule, in holder: RuleHolder) {
        var context: String { "rule '\(rule.id)'" }
        if let platforms = holder.platforms {
            for platform in rule.platforms.sorted() where !platforms.contains(platform) {
                let applicable = platforms.sorted().map(\.rawValue).joined(separator: ", ")
                error("\(context): platform '\(platform.rawValue)' does not apply to \(holder.description), which is used on \(applicable) only", at: rule.location)
            }
        }
        var resolved: [String: Field] = [:]
        for path in rule.kind.paths {
            guard let field = resolve(path, from: holder, context: context, at: rule.location) else { continue }
            resolved[path] = field
        }
        checkKind(rule, resolved: resolved, context: context)
        for condition in rule.conditions {
            check(condition, in: holder, context: context)
        }
    }

    /// The field a path ends at; nil (after reporting) when the path does not resolve.
    private mutating func resolve(_ path: String, from holder: RuleHolder, context: @autoclosure () -> String, at location: SourceLocation) -> Field? {
        switch PathResolver(index: index).resolve(path, from: holder.objectID) {
        case .field(_, let field):
            return field
        case .failure(let reason):
            error("\(context()): path '\(path)' does not resolve from \(holder.description): \(reason)", at: location)
            return nil
        case .blocked:
            return nil
        }
    }

    private mutating func checkKind(_ rule: Rule, resolved: [String: Field], context: @autoclosure () -> String) {
        switch rule.kind {
        case .allowedValues(let path, let values):
            if let field = resolved[path] {
                checkValues(values, against: field, context: context(), at: rule.location)
            }
        case .format(let path, let format):
            if let field = resolved[path], ![.string, .dateTime].contains(field.type.typeLookingThroughArrays) {
                error("\(context()): format '\(format.name)' applies to strings, but '\(path)' has type \(field.type)", at: rule.location)
            }
        case .range(let path, let minimum, let maximum):
            if minimum == nil, maximum == nil {
                error("\(context()): a range needs 'min', 'max' or both", at: rule.location)
            }
            if let minimum, let maximum, minimum > maximum {
                error("\(context()): min \(minimum) is greater than max \(maximum)", at: rule.location)
            }
            if let field = resolved[path], field.type.typeLookingThroughArrays != .integer {
                error("\(context()): a range applies to integers, but '\(path)' has type \(field.type)", at: rule.location)
            }
        case .order(let earlier, let later):
            for path in [earlier, later] {
                checkDateTime(resolved[path], path: path, context: context(), at: rule.location)
            }
        case .future(let path, .dateTime):
            checkDateTime(resolved[path], path: path, context: context(), at: rule.location)
        case .future(let path, .twoDigitYear):
            if let field = resolved[path], field.type != .string {
                error("\(context()): a two-digit year is a string, but '\(path)' has type \(field.type)", at: rule.location)
            }
        case .needsContract(_, let contract):
            checkContract(contract, usedBy: context(), at: rule.location)
        case .requiredGroup, .exactlyOne, .require, .forbid:
            break
        }
    }

    private mutating func checkDateTime(_ field: Field?, path: String, context: @autoclosure () -> String, at location: SourceLocation) {
        guard let field, ![.dateTime, .string].contains(field.type) else { return }
        error("\(context()): '\(path)' must be a date-time, but it has type \(field.type)", at: location)
    }

    private mutating func check(_ condition: Condition, in holder: RuleHolder, context: @autoclosure () -> String) {
        var conditionContext: String { "\(context()): condition on '\(condition.path)'" }
        let field = resolve(condition.path, from: holder, context: context(), at: condition.location)
        let values: [String]
        switch condition.test {
        case .present, .absent:
            return
        case .equals(let value), .notEquals(let value):
            values = [value]
        case .oneOf(let list), .noneOf(let list):
            guard !list.isEmpty else {
                let test = if case .oneOf = condition.test { "in" } else { "not-in" }
                error("\(conditionContext): test '\(test)' needs a space-separated list of values in 'value'", at: condition.location)
                return
            }
            values = list
        }
        if let field {
            checkValues(values, against: field, context: conditionContext, at: condition.location)
        }
    }

    /// Values compared with a field must be values it can have: wire values of its enum, `true` or
    /// `false` for a boolean, integers for an integer.
    private mutating func checkValues(_ values: [String], against field: Field, context: @autoclosure () -> String, at location: SourceLocation) {
        switch field.type.typeLookingThroughArrays {
        case .enumeration(let id):
            guard let enumType = schema.enumType(id) else { return }
            let wires = Set(enumType.values.map(\.wire))
            for value in values where !wires.contains(value) {
                error("\(context()): '\(value)' is not a value of enum '\(id)'\(NameSuggestion.didYouMean(value, among: wires))", at: location)
            }
        case .boolean:
            for value in values where value != "true" && value != "false" {
                error("\(context()): '\(value)' is not a boolean; use 'true' or 'false'", at: location)
            }
        case .integer:
            for value in values where Int(value) == nil {
                error("\(context()): '\(value)' is not an integer", at: location)
            }
        case .string, .dateTime, .json, .object, .oneOf, .array:
            break
        }
    }
}

/// What a rule's paths start from, and the platforms it can be restricted to.
private struct RuleHolder {
    var kind: String
    var id: String
    var description: String { "\(kind) '\(id)'" }
    var objectID: String
    /// nil when unknown (an object no operation reaches).
    var platforms: Set<Platform>?

    /// Every object (the first of each id) and operation with the rules it holds.
    static func all(in index: SchemaIndex) -> [(RuleHolder, [Rule])] {
        let schema = index.schema
        let objects = schema.objects.enumerated().filter { schema.objectPosition($0.element.id) == $0.offset }.map { _, object in
            let platforms = index.reachability.isReached(object.id) ? index.reachability.platforms(of: object.id) : nil
            return (RuleHolder(kind: "object", id: object.id, objectID: object.id, platforms: platforms), object.rules)
        }
        let operations = schema.operations.map { operation in
            (RuleHolder(kind: "operation", id: operation.id, objectID: operation.body, platforms: Set(operation.kind.platforms)), operation.rules)
        }
        return objects + operations
    }
}

/// A field of an object, named by the object's id and the field's wire name.
struct FieldKey: Hashable {
    var objectID: String
    var wireName: String
}

extension SchemaIndex {
    /// The fields that rules name (their conditions aside), for the check that every
    /// `conditional` field has a rule saying when it is required.
    func fieldsNamedByRules() -> Set<FieldKey> {
        var named: Set<FieldKey> = []
        for (holder, rules) in RuleHolder.all(in: self) {
            for path in rules.flatMap(\.kind.paths) {
                if case .field(let owner, let field) = PathResolver(index: self).resolve(path, from: holder.objectID) {
                    named.insert(FieldKey(objectID: owner, wireName: field.wireName))
                }
            }
        }
        return named
    }
}
