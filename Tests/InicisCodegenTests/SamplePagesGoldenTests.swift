import Foundation
import InicisCodegen
import Testing

/// The sample schema's pages, whole, against committed copies (`Golden/SampleDocs`): the
/// snippet tests in `MarkdownPagesTests` say what matters on a page, this one that nothing else
/// is there and nothing moved. After a deliberate change, run
/// `INICIS_UPDATE_GOLDEN=1 swift test --filter SamplePagesGoldenTests` and review the diff.
@Suite("Sample pages, whole")
struct SamplePagesGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/SampleDocs")

    @Test func pagesMatchTheirGoldenCopies() throws {
        let pages = TestGenerator.files(for: SampleSchema.schema).filter { $0.path.hasPrefix("Docs/") }
        if ProcessInfo.processInfo.environment["INICIS_UPDATE_GOLDEN"] != nil {
            try? FileManager.default.removeItem(at: Self.folder)
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            for page in pages {
                try Data(page.bytes).write(to: Self.folder.appendingPathComponent(String(page.path.dropFirst("Docs/".count))))
            }
        }
        let golden = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(golden == pages.map { String($0.path.dropFirst("Docs/".count)) }.sorted())
        for page in pages {
            let name = String(page.path.dropFirst("Docs/".count))
            let expected = (try? String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
            let diff = UnifiedDiff.render(old: expected, new: page.contents, oldName: "Golden/SampleDocs/\(name)", newName: page.path, maxLines: 60)
            #expect(diff.isEmpty, "\(name) differs from its golden copy:\n\(diff)")
        }
    }
}
