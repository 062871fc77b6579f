import Foundation
import InicisSchema

/// A copy of a schema with hostile text in every documentation position and in every name
/// position the schema language leaves free (contract names, table titles and rows, guide
/// differences, grammar literals and separators, example JSON strings, rule sources and
/// messages), and enum wire values as odd as their pattern allows. Identifiers stay legal: the
/// checker would refuse anything else.
struct TextInjection {
    var supply: HostileText.Supply
    /// The example requests made, each with the text its JSON string holds.
    private(set) var examples: [(text: String, json: String)] = []

    init(seed: UInt64) {
        supply = HostileText.Supply(seed: seed)
    }

    mutating func inject(into schema: Schema) -> Schema {
        var result = schema
        result.title = supply.next()
        result.documentation = documentation()
        result.contracts = schema.contracts.map { contract in
            var contract = contract
            contract.name = supply.next()
            contract.documentation = documentation()
            return contract
        }
        result.enums = schema.enums.map { self.enumType($0) }
        result.objects = schema.objects.map { self.object($0) }
        result.grammars = schema.grammars.map { self.grammar($0) }
        result.operations = schema.operations.map { self.operation($0) }
        result.payMethodTables = schema.payMethodTables.map { table in
            var table = table
            table.title = supply.next()
            table.documentation = documentation()
            table.rows = table.rows.map { row in
                PayMethodTable.Row(value: supply.next(), label: supply.next(), location: row.location)
            }
            return table
        }
        return result
    }

    private mutating func documentation() -> Documentation {
        Documentation(
            summary: supply.next(),
            description: supply.next(),
            notes: [supply.next(), supply.next()],
            differences: [GuideDifference(guide: supply.next(), wire: supply.next(), explanation: supply.next(), location: SampleSchema.here)]
        )
    }

    /// Wire values change, so rules and conditions that name an old value are left alone: the
    /// sample schema has none on these enums but `Currency`, whose values stay.
    private mutating func enumType(_ enumType: EnumType) -> EnumType {
        var result = enumType
        result.documentation = documentation()
        result.values = enumType.values.enumerated().map { index, value in
            var value = value
            if enumType.id != "Currency" { value.wire = supply.wireValue(index) }
            value.documentation = documentation()
            return value
        }
        return result
    }

    private mutating func object(_ object: ObjectType) -> ObjectType {
        var result = object
        result.documentation = documentation()
        result.fields = object.fields.map { self.field($0) }
        result.rules = object.rules.map { self.rule($0) }
        return result
    }

    private mutating func field(_ field: Field) -> Field {
        var result = field
        result.documentation = documentation()
        return result
    }

    private mutating func rule(_ rule: Rule) -> Rule {
        var result = rule
        result.source = supply.next()
        result.message = supply.next()
        return result
    }

    private mutating func grammar(_ grammar: BypassGrammar) -> BypassGrammar {
        var result = grammar
        result.documentation = documentation()
        result.tokens = grammar.tokens.map { token in
            var token = token
            token.documentation = documentation()
            token.elements = token.elements.map { self.element($0) }
            // Examples must follow the token's syntax, which the new literals change.
            token.examples = []
            return token
        }
        return result
    }

    private mutating func element(_ element: GrammarElement) -> GrammarElement {
        switch element {
        case .literal: .literal(supply.next())
        case .value: element
        case .repetition(let name, _, let elements): .repetition(name: name, separator: supply.next(), elements: elements.map { self.element($0) })
        }
    }

    private mutating func operation(_ operation: InicisSchema.Operation) -> InicisSchema.Operation {
        var result = operation
        result.documentation = documentation()
        result.pathParameters = operation.pathParameters.map { self.field($0) }
        result.rules = operation.rules.map { self.rule($0) }
        result.examples = operation.examples.map { example in
            var example = example
            let text = supply.next()
            example.json = "{\"storeId\": " + Self.jsonString(text) + "}"
            examples.append((text, example.json))
            example.documentation = documentation()
            return example
        }
        return result
    }

    /// A JSON string literal, written by Foundation's encoder rather than by hand.
    static func jsonString(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return String(decoding: (try? encoder.encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
    }
}

extension TextInjection {
    /// The sample schema: every construct of the language, grammars included.
    static let baseSchema: Schema = SampleSchema.schema
}
