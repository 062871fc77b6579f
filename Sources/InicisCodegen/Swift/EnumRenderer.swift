import InicisSchema

/// A schema enum as a Swift enum that never loses a value: unknown wire values decode into a
/// catch-all case and encode back unchanged; PortOne's prefixed aliases (`CURRENCY_KRW`) decode
/// into the canonical case, which always encodes as the canonical value (`KRW`).
///
/// Conversions are `switch`es over string literals, so enums with hundreds of values (countries,
/// currencies) compile quickly and build no dictionaries at run time.
struct EnumRenderer {
    let enumType: EnumType
    /// Worked out once: it takes a set of every value's name, and most declarations mention it.
    private let unknownCaseName: String

    init(enumType: EnumType) {
        self.enumType = enumType
        unknownCaseName = Self.unknownCaseName(enumType)
    }

    private var typeName: String { enumType.swiftName }

    /// `unknown`, unless a schema value already uses that name.
    private static func unknownCaseName(_ enumType: EnumType) -> String {
        let taken = Set(enumType.values.map(\.swiftName))
        var name = "unknown"
        while taken.contains(name) { name += "Value" }
        return name
    }

    func render(into writer: inout CodeWriter) {
        renderDeclaration(into: &writer)
        writer.line()
        renderRawRepresentable(into: &writer)
        writer.line()
        renderCodable(into: &writer)
        writer.line()
        renderCaseIterable(into: &writer)
    }

    private func caseName(_ value: EnumValue) -> String {
        SwiftIdentifier.escaped(value.swiftName)
    }

    private func renderDeclaration(into writer: inout CodeWriter) {
        var facts: [String] = []
        if let prefix = enumType.aliasPrefix {
            facts.append("디코딩할 때 " + CodeSpan.render(prefix + "_") + " 접두사가 붙은 별칭도 받습니다(예: "
                + CodeSpan.render(prefix + "_" + (enumType.values.first?.wire ?? "VALUE"))
                + "). 인코딩은 항상 정식 값을 씁니다.")
        }
        facts.append("스키마에 없는 값은 " + CodeSpan.render("\(unknownCaseName)(_:)") + "로 보존되어 그대로 다시 인코딩됩니다.")
        writer.lines(DocComment.render(DocComment.blocks(enumType.documentation, facts: facts)))
        writer.block("public enum \(typeName): Hashable, Sendable") { writer in
            for value in enumType.values {
                writer.lines(DocComment.render(valueDocumentation(value)))
                writer.line("case \(caseName(value))")
            }
            writer.line("/// 스키마에 없는 값: 받은 문자열을 그대로 보존합니다.")
            writer.line("case \(unknownCaseName)(String)")
        }
    }

    /// The value's text, then its wire value and what Inicis says about it.
    private func valueDocumentation(_ value: EnumValue) -> [DocComment.Block] {
        var facts = [CodeSpan.render(value.wire)]
        switch value.inicis {
        case .supported: facts.append("이니시스 지원")
        case .unsupported: facts.append("이니시스 미지원")
        case .unspecified: break
        }
        var blocks = DocComment.blocks(value.documentation)
        blocks.insert(.paragraph(facts.joined(separator: " · ")), at: blocks.count - 1)
        return blocks
    }

    private func renderRawRepresentable(into writer: inout CodeWriter) {
        writer.block("extension \(typeName): RawRepresentable") { writer in
            writer.line("/// 정식 값과 접두사 별칭은 알려진 case로, 그 밖의 값은 " + CodeSpan.render("\(unknownCaseName)(_:)") + "로 바꿉니다.")
            writer.block("public init(rawValue: String)") { writer in
                writer.switchBlock("rawValue") { writer in
                    for (value, labels) in decodingLabels() {
                        writer.line("case \(labels.map(SwiftStringLiteral.render).joined(separator: ", ")): self = .\(caseName(value))")
                    }
                    writer.line("default: self = .\(unknownCaseName)(rawValue)")
                }
            }
            writer.line()
            writer.line("/// 전송되는 정식 값")
            writer.block("public var rawValue: String") { writer in
                writer.switchBlock("self") { writer in
                    for value in enumType.values {
                        writer.line("case .\(caseName(value)): \(SwiftStringLiteral.render(value.wire))")
                    }
                    writer.line("case .\(unknownCaseName)(let value): value")
                }
            }
        }
    }

    /// Each value with the strings that decode to it: its wire value and its alias. A string is
    /// claimed once, canonical values first, so no `switch` pattern repeats.
    private func decodingLabels() -> [(EnumValue, [String])] {
        var claimed = Set(enumType.values.map(\.wire))
        var result: [(EnumValue, [String])] = []
        var seenWire = Set<String>()
        for value in enumType.values where seenWire.insert(value.wire).inserted {
            var labels = [value.wire]
            if let prefix = enumType.aliasPrefix {
                let alias = prefix + "_" + value.wire
                if claimed.insert(alias).inserted { labels.append(alias) }
            }
            result.append((value, labels))
        }
        return result
    }

    private func renderCodable(into writer: inout CodeWriter) {
        writer.block("extension \(typeName): Codable") { writer in
            writer.block("public init(from decoder: any Decoder) throws") { writer in
                writer.line("let container = try decoder.singleValueContainer()")
                writer.line("self.init(rawValue: try container.decode(String.self))")
            }
            writer.line()
            writer.block("public func encode(to encoder: any Encoder) throws") { writer in
                writer.line("var container = encoder.singleValueContainer()")
                writer.line("try container.encode(rawValue)")
            }
        }
    }

    /// `allCases` lists the schema's values only; `unknown` values cannot be enumerated.
    private func renderCaseIterable(into writer: inout CodeWriter) {
        writer.block("extension \(typeName): CaseIterable") { writer in
            writer.line("/// 스키마에 정의된 값, 스키마 순서대로")
            writer.line("public static let allCases: [\(typeName)] = [")
            writer.indented { writer in
                for value in enumType.values {
                    writer.line(".\(caseName(value)),")
                }
            }
            writer.line("]")
        }
    }
}
