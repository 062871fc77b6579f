import InicisSchema

/// Every change from one schema to another: operations, fields by full path, requiredness per
/// platform, enum values, rules, contracts and bypass options, each classified for downstream Swift.
public enum SchemaComparison {
    public static func changes(from old: Schema, to new: Schema) -> [SchemaChange] {
        var changes = operationChanges(old, new)
        changes += enumChanges(old, new)
        changes += ruleChanges(old, new)
        changes += contractChanges(old, new)
        changes += grammarChanges(old, new)
        return changes.sorted()
    }

    // MARK: Operations and fields

    private static func operationChanges(_ old: Schema, _ new: Schema) -> [SchemaChange] {
        let oldOperations = Dictionary(old.operations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newOperations = Dictionary(new.operations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [SchemaChange] = []
        for id in Set(oldOperations.keys).subtracting(newOperations.keys) {
            changes.append(SchemaChange(scope: id, summary: "operation `\(id)` removed", impact: .breaking))
        }
        for id in Set(newOperations.keys).subtracting(oldOperations.keys) {
            changes.append(SchemaChange(scope: id, summary: "operation `\(id)` added", impact: .nonBreaking))
        }
        for (id, newOperation) in newOperations {
            guard let oldOperation = oldOperations[id] else { continue }
            changes += fieldChanges(operation: id, old: fields(oldOperation, in: old), new: fields(newOperation, in: new), oldSchema: old, newSchema: new)
        }
        return changes
    }

    private static func fields(_ operation: Operation, in schema: Schema) -> [String: FieldRow] {
        Dictionary(OperationFields(operation: operation, schema: schema).rows.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func fieldChanges(operation: String, old: [String: FieldRow], new: [String: FieldRow], oldSchema: Schema, newSchema: Schema) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        for path in Set(old.keys).subtracting(new.keys) {
            changes.append(SchemaChange(scope: operation, summary: "field `\(path)` removed", impact: .breaking))
        }
        for path in Set(new.keys).subtracting(old.keys) {
            let row = new[path]!
            let required = row.field.requirements.isRequiredEverywhere && !row.field.isRemovedFromWire
            changes.append(SchemaChange(
                scope: operation,
                summary: "field `\(path)` added (\(row.field.type))" + (required ? ", required: a new initializer argument" : ""),
                impact: required ? .breaking : .nonBreaking
            ))
        }
        for (path, newRow) in new {
            guard let oldRow = old[path] else { continue }
            changes += fieldDifferences(at: path, operation: operation, old: oldRow.field, new: newRow.field)
        }
        return changes
    }

    private static func fieldDifferences(at path: String, operation: String, old: Field, new: Field) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        if old.type != new.type {
            changes.append(SchemaChange(scope: operation, summary: "field `\(path)` type changed from \(old.type) to \(new.type)", impact: .breaking))
        }
        if old.swiftName != new.swiftName {
            changes.append(SchemaChange(scope: operation, summary: "field `\(path)` Swift name changed from `\(old.swiftName)` to `\(new.swiftName)`", impact: .breaking))
        }
        if old.requirements.isRequiredEverywhere != new.requirements.isRequiredEverywhere {
            let now = new.requirements.isRequiredEverywhere ? "non-optional" : "optional"
            changes.append(SchemaChange(scope: operation, summary: "field `\(path)` Swift property becomes \(now)", impact: .breaking))
        }
        for platform in Platform.allCases where old.requirements[platform] != new.requirements[platform] {
            let before = old.requirements[platform]?.rawValue ?? "-"
            let after = new.requirements[platform]?.rawValue ?? "-"
            changes.append(SchemaChange(scope: operation, summary: "field `\(path)` on \(platform.rawValue): \(before) → \(after)", impact: .nonBreaking))
        }
        if old.contract != new.contract {
            changes.append(SchemaChange(scope: operation, summary: "field `\(path)` contract: \(old.contract ?? "none") → \(new.contract ?? "none")", impact: .nonBreaking))
        }
        if old.isRemovedFromWire != new.isRemovedFromWire {
            let summary = new.isRemovedFromWire ? "field `\(path)` removed from PortOne's wire (kept for docs and validation)" : "field `\(path)` back on PortOne's wire"
            changes.append(SchemaChange(scope: operation, summary: summary, impact: new.isRemovedFromWire ? .breaking : .nonBreaking))
        }
        return changes
    }

    // MARK: Enums

    private static func enumChanges(_ old: Schema, _ new: Schema) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        let oldEnums = Dictionary(old.enums.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for newEnum in new.enums {
            guard let oldEnum = oldEnums[newEnum.id] else {
                changes.append(SchemaChange(scope: newEnum.id, summary: "enum `\(newEnum.id)` added", impact: .nonBreaking))
                continue
            }
            let oldValues = Dictionary(oldEnum.values.map { ($0.wire, $0) }, uniquingKeysWith: { first, _ in first })
            let newValues = Dictionary(newEnum.values.map { ($0.wire, $0) }, uniquingKeysWith: { first, _ in first })
            for wire in Set(oldValues.keys).subtracting(newValues.keys) {
                changes.append(SchemaChange(scope: newEnum.id, summary: "value `\(wire)` removed", impact: .breaking))
            }
            for wire in Set(newValues.keys).subtracting(oldValues.keys) {
                // A new case breaks `switch` statements that list every case.
                changes.append(SchemaChange(scope: newEnum.id, summary: "value `\(wire)` added (exhaustive switches need a new case)", impact: .breaking))
            }
            for (wire, value) in newValues {
                guard let previous = oldValues[wire], previous.inicis != value.inicis else { continue }
                changes.append(SchemaChange(scope: newEnum.id, summary: "value `\(wire)` Inicis support: \(previous.inicis.rawValue) → \(value.inicis.rawValue)", impact: .nonBreaking))
            }
        }
        for id in Set(oldEnums.keys).subtracting(new.enums.map(\.id)) {
            changes.append(SchemaChange(scope: id, summary: "enum `\(id)` removed", impact: .breaking))
        }
        return changes
    }

    // MARK: Rules, contracts, grammars

    /// Rules by holder and id: an operation's or an object's.
    private static func rules(_ schema: Schema) -> [String: Rule] {
        var rules: [String: Rule] = [:]
        for operation in schema.operations { for rule in operation.rules { rules["\(operation.id)/\(rule.id)"] = rule } }
        for object in schema.objects { for rule in object.rules { rules["\(object.id)/\(rule.id)"] = rule } }
        return rules
    }

    private static func ruleChanges(_ old: Schema, _ new: Schema) -> [SchemaChange] {
        let oldRules = rules(old), newRules = rules(new)
        var changes: [SchemaChange] = []
        for key in Set(oldRules.keys).subtracting(newRules.keys) {
            changes.append(ruleChange(key, "removed"))
        }
        for key in Set(newRules.keys).subtracting(oldRules.keys) {
            changes.append(ruleChange(key, "added (\(newRules[key]!.kind.elementName))"))
        }
        for (key, rule) in newRules {
            guard let previous = oldRules[key] else { continue }
            if previous.kind != rule.kind || previous.conditions.map(\.test) != rule.conditions.map(\.test)
                || previous.conditions.map(\.path) != rule.conditions.map(\.path) || previous.platforms != rule.platforms {
                changes.append(ruleChange(key, "changed"))
            }
        }
        return changes
    }

    private static func ruleChange(_ key: String, _ what: String) -> SchemaChange {
        let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
        return SchemaChange(scope: parts[0], summary: "rule `\(parts[1])` \(what)", impact: .nonBreaking)
    }

    private static func contractChanges(_ old: Schema, _ new: Schema) -> [SchemaChange] {
        let oldIDs = Set(old.contracts.map(\.id)), newIDs = Set(new.contracts.map(\.id))
        return oldIDs.subtracting(newIDs).map { SchemaChange(scope: "contracts", summary: "contract `\($0)` removed", impact: .nonBreaking) }
            + newIDs.subtracting(oldIDs).map { SchemaChange(scope: "contracts", summary: "contract `\($0)` added", impact: .nonBreaking) }
    }

    private static func grammarChanges(_ old: Schema, _ new: Schema) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        let oldGrammars = Dictionary(old.grammars.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for grammar in new.grammars {
            let oldTokens = Set(oldGrammars[grammar.id]?.tokens.map(\.id) ?? [])
            let newTokens = Set(grammar.tokens.map(\.id))
            guard oldGrammars[grammar.id] != nil else {
                changes.append(SchemaChange(scope: grammar.id, summary: "bypass grammar `\(grammar.id)` added", impact: .nonBreaking))
                continue
            }
            changes += oldTokens.subtracting(newTokens).map { SchemaChange(scope: grammar.id, summary: "option `\($0)` removed", impact: .breaking) }
            changes += newTokens.subtracting(oldTokens).map { SchemaChange(scope: grammar.id, summary: "option `\($0)` added (exhaustive switches need a new case)", impact: .breaking) }
        }
        for id in Set(oldGrammars.keys).subtracting(new.grammars.map(\.id)) {
            changes.append(SchemaChange(scope: id, summary: "bypass grammar `\(id)` removed", impact: .breaking))
        }
        return changes
    }
}
