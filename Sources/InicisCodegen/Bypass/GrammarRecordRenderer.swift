import InicisSchema

/// An item of a repetition that holds several values (`<카드코드>-<개월>:…`), as a struct nested in
/// its grammar's enum, with the same reading and writing as the enum's cases.
struct GrammarRecordRenderer {
    let record: GrammarRecord
    let names: BypassTypeNames

    func renderDeclaration(into writer: inout CodeWriter) {
        let holes = record.holes
        writer.line("/// " + CodeSpan.render(GrammarNotation.text(of: record.elements)) + ": 반복되는 항목 하나")
        writer.block("public struct \(record.name): Hashable, Sendable") { writer in
            for hole in holes {
                writer.line("public var \(hole.identifier): \(names.holeType(hole, owner: record.name))")
            }
            if !holes.isEmpty { writer.line() }
            let parameters = holes.map { "\($0.identifier): \(names.holeType($0, owner: record.name))" }.joined(separator: ", ")
            writer.block("public init(\(parameters))") { writer in
                for hole in holes {
                    writer.line("self.\(hole.identifier) = \(hole.identifier)")
                }
            }
        }
    }

    func renderValueConformance(in enumName: String, into writer: inout CodeWriter) {
        let qualified = enumName + "." + record.name
        writer.block("extension \(qualified): BypassValue") { writer in
            writer.block("static func scan(_ scanner: inout BypassScanner) throws(BypassSyntaxError) -> \(qualified)") { writer in
                writer.lines(GrammarParsingCode(names: names).statements(for: record.elements, owner: record.name))
                writer.line("return \(qualified)" + (GrammarParsingCode.arguments(for: record.holes, labeled: true).nonEmpty ?? "()"))
            }
            writer.line()
            writer.line("var rendered: String { \(GrammarRenderingCode.expression(for: record.elements)) }")
        }
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
