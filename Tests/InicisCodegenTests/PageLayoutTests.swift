@testable import InicisCodegen
import InicisSchema
import Testing

/// An operation stays on one page while the page fits the budget, and no longer.
@Suite("Page layout")
struct PageLayoutTests {
    @Test(arguments: RealSchema.schema.operations.map(\.id))
    func aPageStaysWholeExactlyUpToTheBudget(operationID: String) throws {
        let schema = RealSchema.schema
        let operation = try #require(schema.operations.first { $0.id == operationID })
        let context = OperationContext(operation: operation, schema: schema, validator: ExampleValidator(schema: schema))
        let page = OperationPage(context: context, prose: Prose(schema: schema))
        let whole = try #require(page.singlePage(within: .max))
        #expect(page.singlePage(within: whole.bytes.count)?.bytes == whole.bytes)
        #expect(page.singlePage(within: whole.bytes.count - 1) == nil)
    }

    @Test func anOperationIsSplitWhenItsWholePageWouldBeOverTheBudget() throws {
        let schema = RealSchema.schema
        let site = DocsSite(schema: schema)
        for context in site.operations {
            let single = OperationContext(operation: context.operation, schema: schema, validator: ExampleValidator(schema: schema))
            let whole = try #require(OperationPage(context: single, prose: site.prose).singlePage(within: .max))
            #expect((context.layout == .split) == (whole.bytes.count > DocsSite.singlePageBudget), "\(context.page)")
        }
        #expect(site.operations.contains { $0.layout == .split }, "the real schema's payment page is split")
    }
}
