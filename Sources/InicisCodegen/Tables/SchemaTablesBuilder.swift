@_spi(InicisCodegen) import InicisRuntime
import InicisSchema

/// The runtime's tables of a (checked, resolved) schema: what the generated library carries as
/// JSON and what the CLI's `validate` and `normalize` hand to the runtime directly.
@_spi(InicisCodegen)
public enum SchemaTablesBuilder {
    public static func tables(for schema: Schema) -> Inicis.SchemaTables {
        Inicis.SchemaTables(
            contracts: schema.contracts.map { Inicis.SchemaTables.Contract(id: $0.id, name: $0.name) },
            enums: schema.enums.map(enumeration),
            objects: schema.objects.map(object),
            grammars: schema.grammars.map(grammar),
            operations: schema.operations.map(operation)
        )
    }

    private static func enumeration(_ enumType: EnumType) -> Inicis.SchemaTables.Enumeration {
        Inicis.SchemaTables.Enumeration(
            id: enumType.id, label: enumType.documentation.summary,
            aliasPrefix: enumType.aliasPrefix, values: enumType.values.map(\.wire)
        )
    }

    private static func object(_ object: ObjectType) -> Inicis.SchemaTables.Object {
        Inicis.SchemaTables.Object(
            id: object.id, label: object.documentation.summary, isOneOf: object.shape == .oneOf,
            fields: object.fields.map(field), rules: object.rules.map(rule)
        )
    }

    private static func field(_ field: Field) -> Inicis.SchemaTables.Field {
        Inicis.SchemaTables.Field(
            name: field.wireName, label: field.documentation.summary, type: valueType(field.type),
            pc: requirement(field.requirements[.pc]), mobile: requirement(field.requirements[.mobile]),
            api: requirement(field.requirements[.api]),
            contract: field.contract, grammar: field.grammar, removed: field.isRemovedFromWire,
            sensitivity: sensitivity(field)
        )
    }

    static func sensitivity(_ field: Field) -> Inicis.Sensitivity? {
        if field.isSecret { return .credential }
        if field.isPersonal { return .personal }
        return nil
    }

    private static func requirement(_ requirement: PlatformRequirement?) -> Inicis.SchemaTables.Requirement? {
        requirement.map { Inicis.SchemaTables.Requirement(rawValue: $0.rawValue)! }
    }

    static func valueType(_ type: FieldType) -> Inicis.SchemaTables.ValueType {
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

    private static func operation(_ operation: Operation) -> Inicis.SchemaTables.Operation {
        Inicis.SchemaTables.Operation(
            id: operation.id, body: operation.body,
            platforms: operation.kind.platforms.map(platform), rules: operation.rules.map(rule)
        )
    }

    private static func platform(_ platform: InicisSchema.Platform) -> Inicis.Platform {
        Inicis.Platform(rawValue: platform.rawValue)!
    }

    // MARK: Rules

    static func rule(_ rule: Rule) -> Inicis.SchemaTables.Rule {
        var table = Inicis.SchemaTables.Rule(id: rule.id, kind: kind(of: rule.kind), message: rule.message ?? rule.source)
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

    private static func kind(of kind: RuleKind) -> Inicis.SchemaTables.Rule.Kind {
        Inicis.SchemaTables.Rule.Kind(rawValue: kind.elementName)!
    }

    private static func condition(_ condition: Condition) -> Inicis.SchemaTables.Condition {
        switch condition.test {
        case .present: Inicis.SchemaTables.Condition(path: condition.path, test: .present)
        case .absent: Inicis.SchemaTables.Condition(path: condition.path, test: .absent)
        case .equals(let value): Inicis.SchemaTables.Condition(path: condition.path, test: .equals, value: value)
        case .notEquals(let value): Inicis.SchemaTables.Condition(path: condition.path, test: .notEquals, value: value)
        case .oneOf(let values): Inicis.SchemaTables.Condition(path: condition.path, test: .in, values: values)
        case .noneOf(let values): Inicis.SchemaTables.Condition(path: condition.path, test: .notIn, values: values)
        }
    }

    // MARK: Grammars

    private static func grammar(_ grammar: BypassGrammar) -> Inicis.SchemaTables.Grammar {
        Inicis.SchemaTables.Grammar(id: grammar.id, platform: grammar.platform.map(platform), tokens: grammar.tokens.map(token))
    }

    private static func token(_ token: GrammarToken) -> Inicis.SchemaTables.Token {
        Inicis.SchemaTables.Token(
            id: token.id, contract: token.contract, syntax: token.elements.map(piece),
            shownAs: GrammarNotation.text(of: token.elements)
        )
    }

    private static func piece(_ element: GrammarElement) -> Inicis.SchemaTables.SyntaxPiece {
        switch element {
        case .literal(let text):
            return .literal(text)
        case .value(let value):
            return .value(grammarValue(value))
        case .repetition(let name, let separator, let elements):
            return .repeat(Inicis.SchemaTables.Repeat(name: name, separator: separator, syntax: elements.map(piece)))
        }
    }

    private static func grammarValue(_ value: GrammarValue) -> Inicis.SchemaTables.GrammarValue {
        let label = GrammarNotation.label(value)
        switch value.kind {
        case .hexColor:
            return Inicis.SchemaTables.GrammarValue(name: value.name, label: label, kind: .hexColor)
        case .digits(let length):
            return Inicis.SchemaTables.GrammarValue(name: value.name, label: label, kind: .digits, length: length)
        case .integer(let minimum, let maximum):
            return Inicis.SchemaTables.GrammarValue(name: value.name, label: label, kind: .integer, minimum: minimum, maximum: maximum)
        case .enumeration(let id):
            return Inicis.SchemaTables.GrammarValue(name: value.name, label: label, kind: .enumeration, enumeration: id)
        }
    }
}
