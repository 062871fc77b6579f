import Foundation
@_spi(InicisCodegen) import InicisRuntime
import InicisSchema

/// `## 빠른 시작`: for every platform the operation is sent from (and, for payments, every pay
/// method KG Inicis supports), the smallest clean request as JSON and as the Swift that builds it.
/// REST requests also show the method, the full URL and the headers.
struct QuickStartSection {
    let context: OperationContext
    let prose: Prose

    private var operation: InicisSchema.Operation { context.operation }
    private var schema: Schema { context.schema }

    func print(into printer: inout MarkdownPrinter) {
        let quickStarts = context.quickStarts
        guard !quickStarts.isEmpty || !payMethodTables.isEmpty else { return }
        printer.heading(2, PageSection.quickStart.title, anchor: context.anchors.section(.quickStart))
        printer.block(introduction(quickStarts))
        printPayMethods(quickStarts, into: &printer)
        for example in quickStarts {
            print(example, into: &printer)
        }
    }

    private func introduction(_ quickStarts: [Example]) -> String {
        var text = switch operation.kind {
        case .sdk: "아래 요청은 이 연동을 보낼 수 있는 가장 작은 요청입니다. PC와 모바일은 필수 파라미터가 다르므로 플랫폼마다 따로 싣습니다."
        case .rest: "아래 요청은 이 API를 호출할 수 있는 가장 작은 요청입니다."
        }
        text += " 모든 요청은 검증기로 검사해 문제가 없으며, Swift 코드는 생성된 " + MarkdownText.code("InicisV2", inTable: false)
            + " 라이브러리로 같은 요청을 만듭니다."
        return text
    }

    private var payMethodTables: [PayMethodTable] {
        schema.payMethodTables.filter { $0.operations.contains(operation.id) }
    }

    /// For pay-method tables of this operation: each pay method with links to its quick starts.
    private func printPayMethods(_ quickStarts: [Example], into printer: inout MarkdownPrinter) {
        for table in payMethodTables {
            let rows = table.rows.map { row -> [String] in
                let cells = context.platforms.map { platform -> String in
                    let matching = quickStarts.filter { $0.platform == platform && Self.payMethod(of: $0, parameter: table.parameter) == row.value }
                    return matching.map { example in
                        // One column per SDK platform, named by it; REST has one column of titles.
                        let text = operation.kind == .sdk ? KoreanLabels.platform(platform) : ExampleTitle.text(example, of: operation)
                        return MarkdownText.link(text, to: "#" + (context.anchors.example(example.id) ?? ""))
                    }.joined(separator: ", ")
                }
                return [MarkdownText.code(row.value), prose.inline(row.label)] + cells
            }
            // The title leads in bold; the table's summary and description follow as sentences.
            let lead = [table.documentation.summary, table.documentation.description].compactMap { $0.map { prose.inline($0, inTable: false) + " " } }.joined()
            printer.block("**" + prose.inline(table.title, inTable: false) + "** " + lead
                + "KG이니시스가 지원하는 " + MarkdownText.code(table.parameter, inTable: false) + " 값과 빠른 시작입니다.")
            let columns = operation.kind == .sdk ? context.platforms.map(KoreanLabels.platform) : ["빠른 시작"]
            printer.table(["값", "결제수단"] + columns, rows)
            printer.list(table.documentation.notes.map { NoteText.inline($0, prose: prose, inTable: false) }
                + table.documentation.wireDifferences.map { DifferenceText.inline($0, prose: prose, inTable: false) })
        }
    }

    /// The value of a pay-method parameter in a request: a string (`payMethod`), or the one key
    /// of an object (REST `method: { card: … }`).
    static func payMethod(of example: Example, parameter: String) -> String? {
        guard let json = try? Inicis.JSON(parsing: Data(example.json.utf8)) else { return nil }
        var value: Inicis.JSON? = json
        for key in parameter.split(separator: ".") { value = value?[String(key)] }
        switch value {
        case .string(let text)?: return text
        case .object(let members)? where members.count == 1: return members[0].key
        default: return nil
        }
    }

    private func print(_ example: Example, into printer: inout MarkdownPrinter) {
        let title = ExampleTitle.text(example, of: operation)
        printer.heading(3, prose.inline(title, inTable: false), anchor: context.anchors.example(example.id))
        if let description = example.documentation.description { printer.block(prose.paragraph(description)) }
        printer.list(context.notes(example.documentation).map { NoteText.inline($0, prose: prose, inTable: false) })
        if !example.contracts.isEmpty {
            let contracts = example.contracts.map { PageLinks.contract($0, in: schema) }.joined(separator: ", ")
            printer.block("이 요청에는 KG이니시스와의 별도 계약이 필요합니다: " + contracts + ". 검증할 때 계약을 알려 주면 문제가 없습니다.")
        }
        if operation.kind == .rest {
            printer.list([
                "요청: " + MarkdownText.code((operation.httpMethod ?? "") + " " + QuickStartCode.url(of: operation, example: example), inTable: false),
                "헤더: " + MarkdownText.code("Authorization: PortOne <API Secret>", inTable: false) + ", " + MarkdownText.code("Content-Type: application/json", inTable: false)
                    + ". API Secret은 포트원 관리자 콘솔에서 발급하며, 아래 Swift 코드의 " + MarkdownText.code("apiSecret", inTable: false) + "입니다.",
                "본문:",
            ])
        }
        printer.fenced(example.json, info: "json")
        if let code = QuickStartCode(operation: operation, example: example, schema: schema) {
            printer.fenced(code.text, info: "swift")
        }
    }
}
