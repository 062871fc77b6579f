import Foundation
@testable import InicisCodegen
import Testing

/// The glossary explains exactly the validator's own codes, as `Inicis.ValidationIssue.Code`
/// declares them in the runtime, in the same order.
@Suite("Issue code glossary")
struct IssueCodeGlossaryTests {
    @Test func glossaryListsTheRuntimesCodes() throws {
        let source = try String(contentsOf: RealSchema.packageRoot.appendingPathComponent("Sources/InicisRuntime/ValidationIssue.swift"), encoding: .utf8)
        let declared = source.matches(of: /public static var \w+: Code \{ "([a-z-]+)" \}/).map { String($0.output.1) }
        #expect(declared.count > 10)
        #expect(IssueCodesPage.entries.map(\.code) == declared)
    }

    @Test func everyCodeHasAnAnchorOnTheGlossary() {
        let page = GeneratedOutput(RealSchema.schema)["Docs/issue-codes.md"]
        for entry in IssueCodesPage.entries {
            #expect(page.contains("### <a id=\"code-\(entry.code)\"></a>`\(entry.code)`"))
        }
        #expect(page.contains("<a id=\"rule-codes\"></a>"))
    }
}
