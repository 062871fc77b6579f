@testable import InicisCodegen
import InicisSchema
import Testing

/// The pages of the real schema leave nothing out: every difference, every contract trigger,
/// every field a reader must think about, every example.
@Suite("Docs cover the whole schema")
struct DocsCoverageTests {
    let schema = RealSchema.schema
    let output = GeneratedOutput(RealSchema.schema)
    let site = DocsSite(schema: RealSchema.schema)

    /// The pages of an operation, joined: its main page and, when it is split, the others.
    func pages(of context: OperationContext) -> String {
        output.files.filter { $0.path.hasPrefix("Docs/" + context.operation.id) && [context.page, context.file(of: .fields), context.file(of: .examples)].contains(String($0.path.dropFirst(5))) }
            .map(\.contents).joined(separator: "\n")
    }

    @Test func everyDifferenceIsOnTheDifferencesPage() {
        let page = output["Docs/differences.md"]
        let differences = SchemaDocumentation(schema).all.flatMap(\.differences)
        #expect(differences.count == 57)
        for difference in differences {
            let cells = MarkdownText.code(difference.guide) + " | " + MarkdownText.code(difference.wire) + " | " + DifferencesPage.currentPage(difference) + " | "
            #expect(page.contains(cells), "\(difference.location)")
        }
        #expect(page.contains("<a id=\"wording\"></a>"))
    }

    @Test func everyContractTriggerIsOnTheContractsPage() {
        let page = output["Docs/contracts.md"]
        var uses = 0
        for context in site.operations {
            for use in context.contractUses(from: nil) {
                uses += 1
                #expect(page.contains("| " + context.pageLink + " | " + use.target + " | " + use.kind + " |"), "\(context.operation.id) \(use.target)")
            }
        }
        #expect(uses > 20)
        for contract in schema.contracts {
            #expect(page.contains("<a id=\"contract-\(contract.id)\"></a>"))
        }
    }

    @Test func everyNotableFieldIsInTheRequirednessMatrix() {
        let page = output["Docs/requiredness.md"]
        for context in site.operations {
            for index in context.fields.rows.indices where context.requirements[index].values.contains(where: \.isNotable) {
                let row = context.fields.rows[index]
                let cells = context.platforms.map { context.requirements[index][$0]!.label }
                let line = "| " + MarkdownText.codeLink(row.path, to: context.target(context.anchors.rows[index], in: .fields, from: nil)) + " | " + cells.joined(separator: " | ") + " |"
                expectLines(page, contain: line)
            }
        }
    }

    @Test func everyExampleIsShownWithItsJSON() {
        for context in site.operations {
            let pages = pages(of: context)
            for example in context.operation.examples {
                #expect(pages.contains("<a id=\"example-\(example.id)\"></a>"), "\(example.id)")
                #expect(pages.contains(MarkdownText.fenced(example.json, info: "json")), "\(example.id)")
            }
        }
    }

    @Test func everyOperationHasItsNotesGroupedAndAQuickStartPerPlatform() {
        for context in site.operations {
            let main = output["Docs/" + context.page]
            #expect(main.contains("## <a id=\"quick-start\"></a>빠른 시작"), "\(context.operation.id)")
            #expect(main.contains("## <a id=\"notices\"></a>유의사항"), "\(context.operation.id)")
            let platforms = Set(context.quickStarts.map(\.platform))
            #expect(platforms == Set(context.platforms), "\(context.operation.id) has quick starts for \(platforms)")
        }
    }
}
