import InicisSchema

/// A schema enum as a Swift enum that never loses a value: unknown wire values decode into a
/// catch-all case and encode back unchanged; PortOne's prefixed aliases (`CURRENCY_KRW`) decode
/// into the canonical case, which always encodes as the canonical value (`KRW`).
///
/// Conversions are `switch`es over string literals, so enums with hundreds of values (countries,
/// currencies) compile quickly and build no dictionaries at run time.
struct EnumRenderer {
    let enumType: EnumType
    /// Each value's case name, escaped where it is a keyword: worked out once, as the
    /// declaration, both conversions and `allCases` all name every case.
    private let caseNames: [String]
    /// Worked out once: most declarations mention it.
    private let unknownCaseName: String

    init(enumType: EnumType) {
        self.enumType = enumType
        caseNames = enumType.values.map { SwiftIdentifier.escaped($0.swiftName) }
        unknownCaseName = Self.unknownCaseName(enumType)
    }

    private var typeName: String { enumType.swiftName }

    /// `unknown`, unless a schema value already uses that name. A scan of the names is cheaper
    /// than hashing them all for the one or two lookups.
    private static func unknownCaseName(_ enumType: EnumType) -> String {
        var name = "unknown"
        while enumType.values.contains(where: { $0.swiftName == name }) { name += "Value" }
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

    private func renderDeclaration(into writer: inout CodeWriter) {
        renderTypeDocumentation(into: &writer)
        writer.block("public enum ", typeName, ": Hashable, Sendable") { writer in
            // By index: a `zip` or `for value in` would copy every value, documentation and all.
            for index in caseNames.indices {
                renderValueDocumentation(enumType.values[index], into: &writer)
                writer.line("case ", caseNames[index])
            }
            writer.line("/// 스키마에 없는 값: 받은 문자열을 그대로 보존합니다.")
            writer.line("case ", unknownCaseName, "(String)")
        }
    }

    /// The type's text, then how aliases and unknown values behave, then the guide's notes.
    private func renderTypeDocumentation(into writer: inout CodeWriter) {
        var comment = DocCommentWriter()
        comment.summaryAndDescription(of: enumType.documentation, into: &writer)
        if let prefix = enumType.aliasPrefix {
            let example = prefix + "_" + (enumType.values.first?.wire ?? "VALUE")
            comment.item(clean: "디코딩할 때 ", CodeSpan.Piece(prefix + "_"), " 접두사가 붙은 별칭도 받습니다(예: ",
                         CodeSpan.Piece(example), "). 인코딩은 항상 정식 값을 씁니다.", into: &writer)
        }
        comment.item(clean: "스키마에 없는 값은 ", CodeSpan.Piece(unknownCaseName + "(_:)"), "로 보존되어 그대로 다시 인코딩됩니다.", into: &writer)
        comment.notesAndDifferences(of: enumType.documentation, into: &writer)
    }

    /// The value's text, then its wire value and what Inicis says about it, then the guide's notes.
    private func renderValueDocumentation(_ value: EnumValue, into writer: inout CodeWriter) {
        var comment = DocCommentWriter()
        comment.summaryAndDescription(of: value.documentation, into: &writer)
        comment.paragraph(clean: CodeSpan.Piece(value.wire), Self.supportSuffix(value.inicis), into: &writer)
        comment.notesAndDifferences(of: value.documentation, into: &writer)
    }

    private static func supportSuffix(_ support: InicisSupport) -> String {
        switch support {
        case .supported: " · 이니시스 지원"
        case .unsupported: " · 이니시스 미지원"
        case .unspecified: ""
        }
    }

    private func renderRawRepresentable(into writer: inout CodeWriter) {
        writer.block("extension ", typeName, ": RawRepresentable") { writer in
            writer.line("/// 정식 값과 접두사 별칭은 알려진 case로, 그 밖의 값은 ", CodeSpan.Piece(unknownCaseName + "(_:)"), "로 바꿉니다.")
            writer.block("public init(rawValue: String)") { writer in
                writer.switchBlock("rawValue") { writer in
                    renderDecodingCases(into: &writer)
                    writer.line("default: self = .", unknownCaseName, "(rawValue)")
                }
            }
            writer.line()
            writer.line("/// 전송되는 정식 값")
            writer.block("public var rawValue: String") { writer in
                writer.switchBlock("self") { writer in
                    for index in caseNames.indices {
                        writer.line("case .", caseNames[index], ": ", SwiftStringLiteral.Piece(enumType.values[index].wire))
                    }
                    writer.line("case .", unknownCaseName, "(let value): value")
                }
            }
        }
    }

    /// A case per value with the strings that decode to it: its wire value and its alias. A
    /// string is claimed once, canonical values first, so no `switch` pattern repeats: a repeated
    /// wire value is skipped, and an alias that is some value's wire value is left out.
    private func renderDecodingCases(into writer: inout CodeWriter) {
        let values = enumType.values
        let wires = Set(values.lazy.map(\.wire))
        // Only a schema that repeats a wire value (the checker reports it) needs tracking.
        var seenWires: Set<String>? = wires.count == values.count ? nil : []
        for index in values.indices {
            let wire = values[index].wire
            if seenWires?.insert(wire).inserted == false { continue }
            if let prefix = enumType.aliasPrefix, case let alias = prefix + "_" + wire, !wires.contains(alias) {
                writer.line("case ", SwiftStringLiteral.Piece(wire), ", ", SwiftStringLiteral.Piece(alias), ": self = .", caseNames[index])
            } else {
                writer.line("case ", SwiftStringLiteral.Piece(wire), ": self = .", caseNames[index])
            }
        }
    }

    private func renderCodable(into writer: inout CodeWriter) {
        writer.block("extension ", typeName, ": Codable") { writer in
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
        writer.block("extension ", typeName, ": CaseIterable") { writer in
            writer.line("/// 스키마에 정의된 값, 스키마 순서대로")
            writer.line("public static let allCases: [", typeName, "] = [")
            writer.indented { writer in
                for caseName in caseNames {
                    writer.line(".", caseName, ",")
                }
            }
            writer.line("]")
        }
    }
}
