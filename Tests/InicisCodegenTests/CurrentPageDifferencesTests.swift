import Foundation
import InicisSchema
import Testing

/// Whether PortOne's current Inicis page has fixed a difference is data in the schema
/// (`current` and `evidence`); this test holds the data against that page: the guide's wording
/// is gone from it where the schema says "fixed", still there where it says "kept". It reads the
/// page from `../shared/reference`, and skips with a notice when the folder is absent.
@Suite("Differences against PortOne's current page")
struct CurrentPageDifferencesTests {
    static let page = RealSchema.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/reference/portone-inicis-v2.mdx")

    static var differences: [GuideDifference] {
        SchemaDocumentation(RealSchema.schema).all.flatMap(\.differences)
    }

    @Test func everyDifferenceSaysWhetherTheCurrentPageFixedIt() {
        for difference in Self.differences {
            #expect(difference.currentPage != nil && difference.evidence != nil, "\(difference.location): \(difference.guide)")
        }
    }

    @Test func theCurrentPageAgrees() throws {
        guard let text = try? String(contentsOf: Self.page, encoding: .utf8) else {
            print("notice: \(Self.page.path) is absent; the current page's differences are not checked")
            return
        }
        let page = Self.normalized(text)
        for difference in Self.differences {
            guard let state = difference.currentPage, let evidence = difference.evidence else { continue }
            let found = page.contains(Self.normalized(evidence))
            switch state {
            case .fixed: #expect(!found, "\(difference.location): the current page still says \(evidence)")
            case .kept: #expect(found, "\(difference.location): the current page no longer says \(evidence)")
            }
        }
    }

    /// Runs of white space as one space: the page wraps its lines where the schema does not.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
