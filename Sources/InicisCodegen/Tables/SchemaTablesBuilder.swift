@_spi(InicisCodegen) import InicisRuntime
import InicisSchema

/// The runtime's tables of a (checked, resolved) schema: what the generated library carries as
/// JSON and what the CLI's `validate` and `normalize` hand to the runtime directly.
@_spi(InicisCodegen)
public enum SchemaTablesBuilder {
    public static func tables(for schema: Schema) -> SchemaTables {
        SchemaTables(
            contracts: schema.contracts.map { SchemaTables.Contract(id: $0.id, name: $0.name) },
            enums: schema.enums.map(enumeration),
            objects: schema.objects.map(object),
            grammars: schema.grammars.map(grammar),
            operations: schema.operations.map(operation)
        )
    }

    private static func enumeration(_ enumType: EnumType) -> SchemaTables.Enumeration {
        SchemaTables.Enumeration(
            id: enumType.id, label: enumType.documentation.summary,
            aliasPrefix: enumType.aliasPrefix, values: enumType.values.map(\.wire)
        )
    }

    private static func object(_ object: ObjectType) -> SchemaTables.Object {
        SchemaTables.Object(
            id: object.id, label: object.documentation.summary, isOneOf: object.shape == .oneOf,
            fields: object.fields.map(field), rules: object.rules.map(rule)
        )
    }

    private static func field(_ field: Field) -> SchemaTables.Field {
        SchemaTables.Field(
            name: field.wireName, label: field.documentation.summary, type: valueType(field.type),
            pc: requirement(field.requirements[.pc]), mobile: requirement(field.requirements[.mobile]),
            api: requirement(field.requirements[.api]),
            contract: field.contract, grammar: field.grammar, removed: field.isRemovedFromWire,
            sensitivity: sensitivity(field)
        )
    }

    static func sensitivity(_ field: Field) -> Sensitivity? {
        if field.isSecret { return .credential }
        if field.isPersonal { return .personal }
        return nil
    }

    private static func requirement(_ requirement: PlatformRequirement?) -> SchemaTables.Requirement? {
        requirement.map { SchemaTables.Requirement(rawValue: $0.rawValue)! }
    }

    static func valueType(_ type: FieldType) -> SchemaTables.ValueType {
        switch type {
        case .string: .string
        case .integer: .integer
        case .boolean: .boolean
        case .dateTime: .dateTime
        case .json: .json
        case .enumeration(let id): .enumeration(id)
        case .object(let id), .oneOf(let id): .object(id)
        case .array(let element): .array(valueType(element))
        }
    }

    private static func operation(_ operation: Operation) -> SchemaTables.Operation {
        SchemaTables.Operation(
            id: operation.id, body: operation.body,
            platforms: operation.kind.platforms.map(platform), rules: operation.rules.map(rule)
        )
    }

    private static func platform(_ platform: InicisSchema.Platform) -> InicisPlatform {
        InicisPlatform(rawValue: platform.rawValue)!
    }

    // MARK: Rules

    static func rule(_ rule: Rule) -> SchemaTables.Rule {
        var table = SchemaTables.Rule(id: rule.id, kind: kind(of: rule.kind), message: rule.message ?? rule.source)
        switch rule.kind {
        case .requiredGroup(let alternatives): table.alternatives = alternatives
        case .exactlyOne(let paths): table.paths = paths
        case .require(let path), .forbid(let path): table.path = path
        case .allowedValues(let path, let values):
            table.path = path
            table.values = values
        case .format(let path, let format):
            table.path = path
            table.format = format.name
            if case .characters(let characters) = format { table.characters = characters }
        case .range(let path, let minimum, let maximum):
            table.path = path
            table.minimum = minimum
            table.maximum = maximum
        case .order(let earlier, let later):
            table.earlier = earlier
            table.later = later
        case .future(let path, let format):
            table.path = path
            table.format = format.rawValue
        case .needsContract(let path, let contract):
            table.path = path
            table.contract = contract
        }
        if !rule.platforms.isEmpty {
            table.platforms = rule.platforms.sorted().map(platform)
        }
        if !rule.conditions.isEmpty {
            table.when = rule.conditions.map(condition)
        }
        return table
    }

    private static func kind(of kind: RuleKind) -> SchemaTables.Rule.Kind {
        SchemaTables.Rule.Kind(rawValue: kind.elementName)!
    }

    private static func condition(_ condition: Condition) -> SchemaTables.Condition {
        switch condition.test {
        case .present: SchemaTables.Condition(path: condition.path, test: .present)
        case .absent: SchemaTables.Condition(path: condition.path, test: .absent)
        case .equals(let value): SchemaTables.Condition(path: condition.path, test: .equals, value: value)
        case .notEquals(let value): SchemaTables.Condition(path: condition.path, test: .notEquals, value: value)
        case .oneOf(let values): SchemaTables.Condition(path: condition.path, test: .in, values: values)
        case .noneOf(let values): SchemaTables.Condition(path: condition.path, test: .notIn, values: values)
        }
    }

    // MARK: Grammars

    private static func grammar(_ grammar: BypassGrammar) -> SchemaTables.Grammar {
        SchemaTables.Grammar(id: grammar.id, platform: grammar.platform.map(platform), tokens: grammar.tokens.map(token))
    }

    private static func token(_ token: GrammarToken) -> SchemaTables.Token {
        SchemaTables.Token(
            id: token.id, contract: token.contract, syntax: token.elements.map(piece),
            shownAs: GrammarNotation.text(of: token.elements)
        )
    }

    private static func piece(_ element: GrammarElement) -> SchemaTables.SyntaxPiece {
        switch element {
        case .literal(let text):
            return .literal(text)
        case .value(let value):
            return .value(grammarValue(value))
        case .repetition(let name, let separator, let elements):
            return .repeat(SchemaTables.Repeat(name: name, separator: separator, syntax: elements.map(piece)))
        }
    }

    private static func grammarValue(_ value: GrammarValue) -> SchemaTables.GrammarValue {
        let label = GrammarNotation.label(value)
        switch value.kind {
        case .hexColor:
            return SchemaTables.GrammarValue(name: value.name, label: label, kind: .hexColor)
        case .digits(let length):
            return SchemaTables.GrammarValue(name: value.name, label: label, kind: .digits, length: length)
        case .integer(let minimum, let maximum):
            return SchemaTables.GrammarValue(name: value.name, label: label, kind: .integer, minimum: minimum, maximum: maximum)
        case .enumeration(let id):
            return SchemaTables.GrammarValue(name: value.name, label: label, kind: .enumeration, enumeration: id)
        }
    }
}
