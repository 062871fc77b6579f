import Foundation
import InicisV2
import Testing

/// The bypass page shows, for every example, the builder call that produces it. These calls are
/// written here as Swift, so they compile; the test checks the page shows exactly these texts and
/// that each renders its example.
@Suite("Bypass page builder calls")
struct BypassDocsTests {
    static let calls: [String: any TypedBypassOption] = [
        ##".skin("#C1272C")"##: Inicis.AcceptMethod.skin("#C1272C"),
        ##".skin("#fc6b2d")"##: Inicis.AcceptMethod.skin("#fc6b2d"),
        ".below1000": Inicis.AcceptMethod.below1000,
        ".okCashbag": Inicis.AcceptMethod.okCashbag,
        ".payPopup": Inicis.AcceptMethod.payPopup,
        ".hideBar": Inicis.AcceptMethod.hideBar,
        ".noEasyPay": Inicis.AcceptMethod.noEasyPay,
        #".slimQuota([.init(cardCode: "11", months: [2, 3]), .init(cardCode: "34", months: [2, 3])])"#:
            Inicis.AcceptMethod.slimQuota([.init(cardCode: "11", months: [2, 3]), .init(cardCode: "34", months: [2, 3])]),
        #".slimQuota(["11": [2, 3], "34": [2, 3]])"#: Inicis.AcceptMethod.slimQuota(["11": [2, 3], "34": [2, 3]]),
        #".mallPoint(["11", "34"])"#: Inicis.AcceptMethod.mallPoint(["11", "34"]),
        #".selectedCard("14")"#: Inicis.PCardOption.selectedCard("14"),
        ".globalVisa3d": Inicis.PReserved.globalVisa3d,
        ".appRunCheck": Inicis.PReserved.appRunCheck,
        ".personalCard": Inicis.CardUse.personalCard,
        ".corporateCard": Inicis.CardUse.corporateCard,
    ]

    /// `.below1000` and `.noEasyPay` are cases of both `Inicis.AcceptMethod` and `Inicis.PReserved`: the page
    /// line's example says which.
    static func call(_ text: String, example: String) -> (any TypedBypassOption)? {
        switch text {
        case ".below1000" where example.hasSuffix("=Y"): Inicis.PReserved.below1000
        case ".noEasyPay" where example.hasSuffix("=Y"): Inicis.PReserved.noEasyPay
        default: calls[text]
        }
    }

    static let page: String = {
        let url = SchemaExamples.schemaURL.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Generated/Docs/bypass.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// `- 예: `EXAMPLE` ← Swift: `CALL`` and an optional ` 또는 `CALL``.
    static var exampleLines: [(example: String, calls: [String])] {
        page.split(separator: "\n").compactMap { line -> (String, [String])? in
            guard line.hasPrefix("- 예: ") else { return nil }
            let spans = line.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 1 }.map { String($0.element) }
            return spans.isEmpty ? nil : (spans[0], Array(spans.dropFirst()))
        }
    }

    @Test("Every example on the page has a builder call, and each call renders the example")
    func pageCalls() throws {
        let lines = Self.exampleLines
        #expect(lines.count == BypassExampleTests.schemaExamples.count)
        for line in lines {
            #expect(!line.calls.isEmpty, "no builder call for \(line.example)")
            for text in line.calls {
                let option = try #require(Self.call(text, example: line.example), "the page shows \(text), which this test does not know")
                #expect(option.rendered == line.example)
            }
        }
    }
}
