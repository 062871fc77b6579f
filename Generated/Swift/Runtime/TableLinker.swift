// Copied from Sources/InicisRuntime/TableLinker.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

/// Resolves the ids and dotted paths of `SchemaTables` to positions, once, for `RequestCatalog`.
struct TableLinker {
    let tables: SchemaTables
    let objectPositions: [String: Int]
    let enumPositions: [String: Int]
    let grammarPositions: [String: Int]

    init(_ tables: SchemaTables) throws(SchemaTablesError) {
        self.tables = tables
        objectPositions = try Self.positions(tables.objects.map(\.id), of: "object")
        enumPositions = try Self.positions(tables.enums.map(\.id), of: "enum")
        grammarPositions = try Self.positions(tables.grammars.map(\.id), of: "grammar")
    }

    private static func positions(_ ids: [String], of kind: String) throws(SchemaTablesError) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (position, id) in ids.enumerated() {
            guard positions.updateValue(position, forKey: id) == nil else {
                throw SchemaTablesError("\(kind) '\(id)' is declared twice")
            }
        }
        return positions
    }

    func object(_ object: SchemaTables.Object) throws(SchemaTablesError) -> ObjectSpec {
        var fields: [FieldSpec] = []
        for field in object.fields {
            fields.append(FieldSpec(field, value: try value(field.type), grammar: try grammar(field.grammar)))
        }
        let rules = try self.rules(object.rules, holder: object)
        return ObjectSpec(id: object.id, label: object.label, isOneOf: object.isOneOf ?? false, fields: fields, rules: rules)
    }

    func operation(_ operation: SchemaTables.Operation) throws(SchemaTablesError) -> OperationSpec {
        guard let body = objectPositions[operation.body] else {
            throw SchemaTablesError("operation '\(operation.id)' has an unknown body '\(operation.body)'")
        }
        let holder = tables.objects[body]
        let rules = try self.rules(operation.rules, holder: holder)
        return OperationSpec(id: operation.id, body: body, rules: rules, platforms: operation.platforms)
    }

    private func value(_ type: SchemaTables.ValueType) throws(SchemaTablesError) -> ValueSpec {
        switch type {
        case .string: return .string
        case .integer: return .integer
        case .boolean: return .boolean
        case .dateTime: return .dateTime
        case .json: return .json
        case .enumeration(let id):
            guard let position = enumPositions[id] else { throw SchemaTablesError("unknown enum '\(id)'") }
            return .enumeration(position)
        case .object(let id):
            guard let position = objectPositions[id] else { throw SchemaTablesError("unknown object '\(id)'") }
            return .object(position)
        case .array(let element):
            return .array(try value(element))
        }
    }

    private func grammar(_ id: String?) throws(SchemaTablesError) -> Int? {
        guard let id else { return nil }
        guard let position = grammarPositions[id] else { throw SchemaTablesError("unknown grammar '\(id)'") }
        return position
    }

    // MARK: Rules

    private func rules(_ rules: [SchemaTables.Rule]?, holder: SchemaTables.Object) throws(SchemaTablesError) -> [RuleSpec] {
        var specs: [RuleSpec] = []
        for rule in rules ?? [] { specs.append(try self.rule(rule, holder: holder)) }
        return specs
    }

    func rule(_ rule: SchemaTables.Rule, holder: SchemaTables.Object) throws(SchemaTablesError) -> RuleSpec {
        func path(_ text: String?) throws(SchemaTablesError) -> RulePath {
            guard let text else { throw SchemaTablesError("rule '\(rule.id)' needs a path") }
            return self.path(text, from: holder)
        }
        let kind: RuleSpec.Kind
        switch rule.kind {
        case .requiredGroup:
            let groups = try required(rule.alternatives, "alternatives", of: rule)
            kind = .requiredGroup(groups.map { $0.map { self.path($0, from: holder) } })
        case .exactlyOne:
            kind = .exactlyOne(try required(rule.paths, "paths", of: rule).map { self.path($0, from: holder) })
        case .require:
            kind = .require(try path(rule.path))
        case .forbid:
            kind = .forbid(try path(rule.path))
        case .allowedValues:
            kind = .allowedValues(try path(rule.path), try required(rule.values, "values", of: rule))
        case .format:
            kind = .format(try path(rule.path), try textFormat(rule))
        case .range:
            kind = .range(try path(rule.path), minimum: rule.minimum, maximum: rule.maximum)
        case .order:
            kind = .order(earlier: try path(rule.earlier), later: try path(rule.later))
        case .future:
            let format: TemporalFormat = rule.format == "two-digit-year" ? .twoDigitYear : .dateTime
            kind = .future(try path(rule.path), format)
        case .needsContract:
            kind = .needsContract(try path(rule.path), InicisContract(rawValue: try required(rule.contract, "contract", of: rule)))
        }
        var conditions: [ConditionSpec] = []
        for condition in rule.when ?? [] {
            conditions.append(ConditionSpec(path: self.path(condition.path, from: holder), test: try test(condition, of: rule)))
        }
        return RuleSpec(id: rule.id, kind: kind, platforms: rule.platforms ?? [], conditions: conditions, message: rule.message)
    }

    private func required<Value>(_ value: Value?, _ name: String, of rule: SchemaTables.Rule) throws(SchemaTablesError) -> Value {
        guard let value else { throw SchemaTablesError("rule '\(rule.id)' (\(rule.kind.rawValue)) needs '\(name)'") }
        return value
    }

    private func test(_ condition: SchemaTables.Condition, of rule: SchemaTables.Rule) throws(SchemaTablesError) -> ConditionSpec.Test {
        func value() throws(SchemaTablesError) -> String {
            guard let value = condition.value else { throw SchemaTablesError("a condition of rule '\(rule.id)' needs 'value'") }
            return value
        }
        func values() throws(SchemaTablesError) -> [String] {
            guard let values = condition.values else { throw SchemaTablesError("a condition of rule '\(rule.id)' needs 'values'") }
            return values
        }
        switch condition.test {
        case .present: return .present
        case .absent: return .absent
        case .equals: return .equals(try value())
        case .notEquals: return .notEquals(try value())
        case .in: return .oneOf(try values())
        case .notIn: return .noneOf(try values())
        }
    }

    private func textFormat(_ rule: SchemaTables.Rule) throws(SchemaTablesError) -> TextFormat {
        switch rule.format {
        case "ascii-printable": return .asciiPrintable
        case "digits": return .digits
        case "hex-color": return .hexColor
        case "date-time": return .dateTime
        case "two-digit-month": return .twoDigitMonth
        case "two-digit-year": return .twoDigitYear
        case "characters": return .characters(Self.ranges(of: try required(rule.characters, "characters", of: rule)))
        default: throw SchemaTablesError("rule '\(rule.id)' has an unknown format '\(rule.format ?? "")'")
        }
    }

    /// A character class body as the schema writes it (`A-Za-z0-9@.`): ranges and single characters.
    static func ranges(of characters: String) -> [ClosedRange<UInt32>] {
        let scalars = Array(characters.unicodeScalars)
        var ranges: [ClosedRange<UInt32>] = []
        var index = 0
        while index < scalars.count {
            let low = scalars[index].value
            if index + 2 < scalars.count, scalars[index + 1] == "-", scalars[index + 2].value >= low {
                ranges.append(low...scalars[index + 2].value)
                index += 3
            } else {
                ranges.append(low...low)
                index += 1
            }
        }
        return ranges
    }

    /// A dotted path from `holder`. A path that does not resolve never finds a value.
    func path(_ text: String, from holder: SchemaTables.Object) -> RulePath {
        let keys = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let first = holder.fields.firstIndex { $0.name == keys.first } ?? -1
        return RulePath(keys: keys, firstField: first, enumeration: enumeration(at: keys, from: holder))
    }

    /// The enum of the field at the end of `keys`, looking through arrays.
    private func enumeration(at keys: [String], from holder: SchemaTables.Object) -> Int? {
        var object = holder
        for (offset, key) in keys.enumerated() {
            guard let field = object.fields.first(where: { $0.name == key }) else { return nil }
            var type = field.type
            while case .array(let element) = type { type = element }
            let isLast = offset == keys.count - 1
            switch type {
            case .enumeration(let id) where isLast: return enumPositions[id]
            case .object(let id) where !isLast:
                guard let position = objectPositions[id] else { return nil }
                object = tables.objects[position]
            default: return nil
            }
        }
        return nil
    }
}
