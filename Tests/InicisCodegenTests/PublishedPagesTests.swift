import Foundation
@_spi(InicisCodegen) @testable import InicisCodegen
@_spi(InicisCodegen) import InicisRuntime
import InicisSchema
import Testing

/// The committed pages, read as a writer would before publishing them: every request on them
/// validates as the page says, nothing is too long, nothing internal shows, the words are the
/// chosen ones, and links that worked before this layout still land.
@Suite("Published pages")
struct PublishedPagesTests {
    static let pages: [String: String] = (try? RealSchema.committedDocs()) ?? [:]
    static let schema = RealSchema.schema
    static let catalog: Inicis.RequestCatalog? = try? Inicis.RequestCatalog(SchemaTablesBuilder.tables(for: schema))
    /// 2026-01-01T00:00:00+09:00, the clock the pages are written at.
    static let clock = Date(timeIntervalSince1970: 1_767_193_200)

    /// `payment-examples.md` -> `payment`.
    static func operation(ofPage name: String) -> InicisSchema.Operation? {
        let base = name.replacingOccurrences(of: ".md", with: "")
        return schema.operations.first { base == $0.id || base == $0.id + "-fields" || base == $0.id + "-examples" }
    }

    static func example(_ id: String, in operation: InicisSchema.Operation) -> Example? {
        operation.examples.first { $0.id == id }
    }

    @Test("every JSON request is clean, or folded away with the issues it produces")
    func everyRequestValidatesAsThePageSays() throws {
        let catalog = try #require(Self.catalog)
        var checked = 0
        for (name, markdown) in Self.pages.sorted(by: { $0.key < $1.key }) {
            for block in PageBlocks(markdown).blocks where block.info == "json" {
                guard let operation = Self.operation(ofPage: name), let exampleID = block.exampleID,
                      let example = Self.example(exampleID, in: operation)
                else {
                    Issue.record("\(name): a JSON block that belongs to no example of an operation")
                    continue
                }
                let platform = try #require(Inicis.Platform(rawValue: example.platform.rawValue))
                #expect(operation.kind.platforms.contains(example.platform), "\(name) \(exampleID)")
                let issues = try catalog.validate(json: Data(block.text.utf8), operation: operation.id, platform: platform,
                                                  contracts: Set(example.contracts.map(Inicis.Contract.init(rawValue:))), now: Self.clock)
                if block.isFolded {
                    #expect(!issues.isEmpty, "\(name) \(exampleID): a clean request is folded away as a counter-example")
                    let shown = block.issueRows.map { Self.plain($0[0]) + " " + $0[1] + " " + Self.plain($0[2]) }
                    let found = issues.map { $0.path.description + " " + ($0.severity == .error ? "오류" : "경고") + " " + $0.code.rawValue }
                    #expect(shown == found, "\(name) \(exampleID): the issues listed are not the ones the validator reports")
                    #expect(block.issueRows.allSatisfy { $0.count == 4 && !$0[3].isEmpty }, "\(name) \(exampleID): every issue has its message")
                } else {
                    #expect(issues.isEmpty, "\(name) \(exampleID): shown as clean, but \(issues.map(\.description))")
                }
                checked += 1
            }
        }
        #expect(checked == Self.schema.operations.flatMap(\.examples).count)
    }

    @Test("every quick start shows the Swift that the InicisV2 tests compile")
    func quickStartSwiftIsTheCompiledSwift() throws {
        for operation in Self.schema.operations {
            for example in operation.examples where example.isQuickStart {
                let code = try #require(QuickStartCode(operation: operation, example: example, schema: Self.schema), "\(example.id)")
                let page = Self.pages[operation.id + ".md"] ?? ""
                let swift = PageBlocks(page).blocks.filter { $0.info == "swift" && $0.exampleID == example.id }
                #expect(swift.map(\.text) == [code.text], "\(operation.id) \(example.id)")
            }
        }
    }

    @Test("no page is 64 KB or more")
    func pagesAreShort() {
        #expect(Self.pages.count > 10)
        for (name, markdown) in Self.pages {
            #expect(markdown.utf8.count < 64 * 1024, "\(name) has \(markdown.utf8.count) bytes")
        }
    }

    /// What a reader must never see: where the pages come from, talk about how they are made,
    /// and wordings the pages replace.
    static let internalNotes = [
        "portone-inicis-v2", "inicis-integration-guide", "portone-browser-sdk", "openapi.json", ".mdx", ".xml", ".xsd", "../shared",
        "스키마 언어", "이 스키마", "표현할 수 없어", "생략합니다", "Sources/", "Tests/",
    ]

    @Test("no internal notes on any page")
    func noInternalNotes() {
        for (name, markdown) in Self.pages {
            // The first line is the generator's comment, which names the schema file; it does not render.
            let text = markdown.split(separator: "\n").dropFirst().joined(separator: "\n")
            for note in Self.internalNotes {
                #expect(!text.contains(note), "\(name) contains \(note)")
            }
        }
    }

    @Test("one word for each thing, particles that fit, no slashes")
    func wording() {
        let forbidden = [
            "은(는)", "이(가)", "을(를)", "(으)로", "와(과)", "과(와)",
            "스토어 아이디", "검사기", "PG사", "다음 중 하나를 모두 입력", "링크 →", "REST API Docs", "아래 파라미터", "아래 기능을", "아래와 같이",
        ]
        for (name, markdown) in Self.pages {
            for word in forbidden {
                #expect(!markdown.contains(word), "\(name) contains \(word)")
            }
            // Swift's Regex has no lookbehind: every 이니시스 is the one in KG이니시스.
            let all = markdown.components(separatedBy: "이니시스").count
            let named = markdown.components(separatedBy: "KG이니시스").count
            #expect(all == named, "\(name) says 이니시스 without KG")
            // 아이디, as in 상점 아이디: never 구매자 ID beside it (PortOne's English names such as
            // Account ID stay as they are).
            #expect(markdown.firstMatch(of: /[가-힣] ?ID(?![A-Za-z_])/) == nil, "\(name) says ID where the pages say 아이디")
        }
    }

    @Test("links that worked before the pages were laid out anew still land")
    func earlierAnchorsStillResolve() throws {
        let list = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/anchors-before-issue-17.txt"), encoding: .utf8)
        let anchors = list.split(separator: "\n").map(String.init)
        #expect(anchors.count > 800)
        for anchor in anchors {
            let parts = anchor.split(separator: "#", maxSplits: 1).map(String.init)
            let page = Self.pages[parts[0]] ?? ""
            #expect(page.contains("id=\"\(parts[1])\""), "\(anchor) no longer lands")
        }
    }

    @Test("every validator code on a page links its explanation")
    func issueCodesAreLinked() {
        for (name, markdown) in Self.pages where name != PageLinks.issueCodes {
            for entry in IssueCodesPage.entries {
                let mentions = markdown.components(separatedBy: "`" + entry.code + "`").count - 1
                let links = markdown.components(separatedBy: "[`" + entry.code + "`](issue-codes.md#code-" + entry.code + ")").count - 1
                #expect(mentions == links, "\(name): \(entry.code) appears \(mentions) times, linked \(links) times")
            }
        }
    }

    @Test("pages link out: PortOne's documentation of the call, the ASCII table, KG Inicis's codes")
    func linksOut() {
        for operation in Self.schema.operations {
            let docs = operation.docsURL ?? ""
            #expect(docs.hasPrefix("https://developers.portone.io/"), "\(operation.id)")
            let main = Self.pages[operation.id + ".md"] ?? ""
            #expect(main.contains("](" + docs + ")"), "\(operation.id) does not link its PortOne documentation")
            let all = Self.pages.filter { Self.operation(ofPage: $0.key)?.id == operation.id }.values.joined()
            let hasASCIIRule = OperationRules(operation: operation, fields: OperationFields(operation: operation, schema: Self.schema)).placed.contains {
                if case .format(_, .asciiPrintable) = $0.rule.kind { true } else { false }
            }
            #expect(!hasASCIIRule || all.contains("](https://www.ascii-code.com/)"), "\(operation.id) has ASCII-only ids but no ASCII table")
        }
        for (name, markdown) in Self.pages where markdown.contains("카드사 코드") && !name.hasPrefix("differences") {
            #expect(markdown.contains("](https://manual.inicis.com/pay/code.html)"), "\(name) mentions card codes without KG이니시스's code page")
        }
    }

    @Test("the values tables hold no English descriptions")
    func valuesAreKorean() {
        for (name, markdown) in Self.pages where Self.operation(ofPage: name) != nil {
            guard let values = markdown.range(of: "## <a id=\"values\"></a>") else { continue }
            let section = markdown[values.upperBound...].prefix { _ in true }
            let end = section.range(of: "\n## ")?.lowerBound ?? section.endIndex
            for line in section[..<end].split(separator: "\n") where line.hasPrefix("| `") {
                let cells = PageBlocks.cells(String(line))
                #expect(!KoreanText.isEnglishPhrase(cells[1]), "\(name): \(line)")
            }
        }
    }

    @Test("a note about one operation stays on its pages")
    func notesStayWithTheirOperation() {
        let payment = Self.pages["payment-fields.md"] ?? Self.pages["payment.md"] ?? ""
        let billingKey = Self.pages["issue-billing-key.md"] ?? ""
        #expect(payment.contains("PC 결제에서는 필수이고, 모바일 결제에서는 선택입니다."))
        #expect(!payment.contains("빌링키 발급에서는 필수"))
        #expect(billingKey.contains("PC 빌링키 발급에서는 필수이고, 모바일 빌링키 발급에서는 선택입니다."))
        #expect(!billingKey.contains("PC 결제에서는 필수이고"))
        #expect(!payment.contains("from과 to를 모두 입력하며"), "the offerPeriod notes are the billing keys'")
    }

    @Test("requiredness says what it means under optional and ignored parents")
    func requirednessUnderParents() {
        let payment = Self.pages["payment-fields.md"] ?? Self.pages["payment.md"] ?? ""
        #expect(payment.contains("`customer.address.addressLine1` | string | 상위 객체를 보낼 때 필수 | 상위 객체를 보낼 때 필수 |"))
        #expect(payment.contains("`convenienceStore.paymentDeadline.validHours` | integer | 미지원 | 미지원 |"))
        #expect(payment.contains("`virtualAccount.fixedOption.accountNumber` | string | 무시됨 | 무시됨 |"))
    }

    /// The text of a cell without its link and backticks: `[`a.b`](#x)` -> `a.b`.
    static func plain(_ cell: String) -> String {
        var text = cell
        if let link = text.firstMatch(of: /^\[(.*)\]\([^)]*\)$/) { text = String(link.output.1) }
        return text.trimmingCharacters(in: CharacterSet(charactersIn: "`")).replacingOccurrences(of: "\\|", with: "|")
    }
}
