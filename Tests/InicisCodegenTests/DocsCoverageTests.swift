@testable import InicisCodegen
import InicisSchema
import Testing

/// The pages of the real schema leave nothing out: every difference, every contract trigger,
/// every field in the requiredness matrix.
@Suite("Docs cover the whole schema")
struct DocsCoverageTests {
    let schema = RealSchema.schema
    let output = GeneratedOutput(RealSchema.schema)

    @Test func everyDifferenceIsOnTheDifferencesPage() {
        let page = output["Docs/differences.md"]
        let differences = allDocumentation(schema).flatMap(\.differences)
        #expect(differences.count == 68)
        for difference in differences {
            #expect(page.contains(DifferenceRows.cells(difference).joined(separator: " | ")), "\(difference.location)")
        }
    }

    @Test func everyContractTriggerIsOnTheContractsPage() {
        let page = output["Docs/contracts.md"]
        var rules = 0
        for operation in schema.operations {
            let context = OperationContext(operation: operation, schema: schema)
            for placed in context.rules.placed {
                guard case .needsContract = placed.rule.kind else { continue }
                rules += 1
                #expect(page.contains("규칙 " + context.ruleLink(placed, onPage: false).rendered), "\(placed.rule.id)")
            }
            for row in context.fields.rows where row.field.contract != nil {
                #expect(page.contains(context.fieldLink(row.path, onPage: false).rendered + " | 필드 |"), "\(operation.id) \(row.path)")
            }
        }
        #expect(rules == 8)
        for grammar in schema.grammars {
            for token in grammar.tokens where token.contract != nil {
                #expect(page.contains("bypass 옵션 " + Links.token(grammar.id, token.id)), "\(token.id)")
            }
        }
        for contract in schema.contracts {
            #expect(page.contains("<a id=\"contract-\(contract.id)\"></a>"))
        }
    }

    @Test func everyFieldIsInTheRequirednessMatrix() {
        let page = output["Docs/requiredness.md"]
        for operation in schema.operations {
            let context = OperationContext(operation: operation, schema: schema)
            for (row, anchor) in zip(context.fields.rows, context.anchors.rows) {
                let cells = Platform.allCases.map { KoreanLabels.requirement(of: row.field.requirements, on: $0, kind: operation.kind) }
                let line = "| " + Links.code(row.path, to: "\(operation.id).md#\(anchor)") + " | " + cells.joined(separator: " | ") + " |\n"
                #expect(page.contains(line), "\(operation.id) \(row.path)")
            }
        }
    }

    @Test func everyExampleIsShownWithItsVerdict() {
        for operation in schema.operations {
            let page = output["Docs/\(operation.id).md"]
            for example in operation.examples {
                #expect(page.contains("<a id=\"example-\(example.id)\"></a>"), "\(example.id)")
                #expect(page.contains(MarkdownText.fencedBlock(example.json, info: "json").joined(separator: "\n")), "\(example.id)")
            }
        }
    }

    /// Every documented node of the schema.
    private func allDocumentation(_ schema: Schema) -> [Documentation] {
        var result = [schema.documentation]
        result += schema.contracts.map(\.documentation)
        for enumType in schema.enums {
            result += [enumType.documentation] + enumType.values.map(\.documentation)
        }
        for object in schema.objects {
            result += [object.documentation] + object.fields.map(\.documentation)
        }
        for grammar in schema.grammars {
            result += [grammar.documentation] + grammar.tokens.map(\.documentation)
        }
        for operation in schema.operations {
            result += [operation.documentation] + operation.pathParameters.map(\.documentation) + operation.examples.map(\.documentation)
        }
        result += schema.payMethodTables.map(\.documentation)
        return result
    }
}
