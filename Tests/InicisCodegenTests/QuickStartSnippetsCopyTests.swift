import Foundation
import InicisCodegen
import Testing

/// The quick starts' Swift, compiled by the `InicisV2Tests` target, is the Swift the pages show:
/// the copy in that target is exactly what the generator writes for the schema. After a change to
/// the schema or the pages, run
/// `INICIS_UPDATE_GOLDEN=1 swift test --filter QuickStartSnippetsCopyTests` and review the diff.
@Suite("Quick start snippets, compiled")
struct QuickStartSnippetsCopyTests {
    static let copy = RealSchema.packageRoot.appendingPathComponent(QuickStartSnippetsFile.path)

    @Test func compiledCopyMatchesThePages() throws {
        let expected = QuickStartSnippetsFile.contents(for: RealSchema.schema)
        if ProcessInfo.processInfo.environment["INICIS_UPDATE_GOLDEN"] != nil {
            try Data(expected.utf8).write(to: Self.copy)
        }
        let committed = (try? String(contentsOf: Self.copy, encoding: .utf8)) ?? ""
        let diff = UnifiedDiff.render(old: committed, new: expected, oldName: QuickStartSnippetsFile.path, newName: "generated", maxLines: 60)
        #expect(diff.isEmpty, "\(QuickStartSnippetsFile.path) is stale; run INICIS_UPDATE_GOLDEN=1 swift test --filter QuickStartSnippetsCopyTests\n\(diff)")
    }
}
