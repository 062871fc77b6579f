import InicisSchema

/// One grammar as a Swift enum: a case per token, the records its repetitions need, and the
/// `BypassOption` members (render, parse, contract, Codable as the option string).
struct GrammarEnumRenderer {
    let grammar: BypassGrammar
    let schema: Schema

    private var names: BypassTypeNames { BypassTypeNames(schema: schema) }
    private var typeName: String { grammar.swiftName }

    func file() -> GeneratedFile {
        GeneratedFile.bypass(typeName) { writer in
            renderDeclaration(into: &writer)
            writer.line()
            renderOptionConformance(into: &writer)
            renderPairInitializers(into: &writer)
            for record in grammar.tokens.flatMap(names.records(of:)) {
                writer.line()
                GrammarRecordRenderer(record: record, names: names).renderValueConformance(in: typeName, into: &writer)
            }
        }
    }

    // MARK: Declaration

    private func renderDeclaration(into writer: inout CodeWriter) {
        var facts = ["문법 아이디: " + CodeSpan.render(grammar.id)]
        if let platform = grammar.platform { facts.append("플랫폼: " + KoreanLabels.platform(platform)) }
        DocComment.write(grammar.documentation, facts: facts, into: &writer)
        writer.block("public enum ", typeName, ": ", conformances) { writer in
            for token in grammar.tokens {
                DocComment.write(token.documentation, facts: tokenFacts(token), into: &writer)
                writer.line("case ", BypassTypeNames.caseName(token), payloadDeclaration(token))
            }
            for record in grammar.tokens.flatMap(names.records(of:)) {
                writer.line()
                GrammarRecordRenderer(record: record, names: names).renderDeclaration(into: &writer)
            }
        }
    }

    /// A grammar of keywords only lists its options (`allCases`), in schema order.
    private var conformances: String {
        let keywordsOnly = grammar.tokens.allSatisfy { GrammarHole.holes(in: $0.elements).isEmpty }
        return keywordsOnly ? "BypassOption, CaseIterable" : "BypassOption"
    }

    private func tokenFacts(_ token: GrammarToken) -> [String] {
        var facts = ["문법: " + CodeSpan.render(GrammarNotation.text(of: token.elements))]
        if !token.examples.isEmpty {
            facts.append("예: " + token.examples.map(CodeSpan.render).joined(separator: ", "))
        }
        if let contract = token.contract {
            let name = schema.contract(contract)?.name
            facts.append("별도 계약 필요: " + (name.map { "\($0) " } ?? "") + "(" + CodeSpan.render(contract) + ")")
        }
        return facts
    }

    /// `(HexColor)` for one hole, labeled for several, nothing for a keyword.
    private func payloadDeclaration(_ token: GrammarToken) -> String {
        let holes = GrammarHole.holes(in: token.elements)
        let owner = BypassTypeNames.recordOwner(token)
        switch holes.count {
        case 0: return ""
        case 1: return "(" + names.holeType(holes[0], owner: owner) + ")"
        default: return "(" + holes.map { "\($0.identifier): \(names.holeType($0, owner: owner))" }.joined(separator: ", ") + ")"
        }
    }

    // MARK: BypassOption

    private func renderOptionConformance(into writer: inout CodeWriter) {
        writer.block("extension ", typeName) { writer in
            writer.line("public static let grammarID = ", SwiftStringLiteral.Piece(grammar.id))
            writer.line()
            renderRendered(into: &writer)
            writer.line()
            renderContract(into: &writer)
            writer.line()
            renderParsing(into: &writer)
            writer.line()
            renderCodable(into: &writer)
        }
    }

    private func renderRendered(into writer: inout CodeWriter) {
        writer.line("/// 이니시스에 보내는 옵션 문자열")
        writer.block("public var rendered: String") { writer in
            writer.switchBlock("self") { writer in
                for token in grammar.tokens {
                    let holes = GrammarHole.holes(in: token.elements)
                    let bindings = holes.isEmpty ? "" : "(" + holes.map { "let " + $0.identifier }.joined(separator: ", ") + ")"
                    writer.line("case .", BypassTypeNames.caseName(token), bindings, ":")
                    writer.indented { $0.line(GrammarRenderingCode.expression(for: token.elements)) }
                }
            }
        }
    }

    /// Every case is listed (no `default`), so a new token is a compile error until it is sorted.
    private func renderContract(into writer: inout CodeWriter) {
        writer.line("/// 이 옵션에 필요한 이니시스 별도 계약의 아이디; 필요 없으면 nil")
        writer.block("public var contract: String?") { writer in
            // A grammar has a handful of tokens and contracts: scans beat hashing them.
            var contracts: [String?] = []
            for token in grammar.tokens where !contracts.contains(token.contract) {
                contracts.append(token.contract)
            }
            writer.switchBlock("self") { writer in
                for contract in contracts {
                    let cases = grammar.tokens.filter { $0.contract == contract }.map { "." + BypassTypeNames.caseName($0) }.joined(separator: ", ")
                    writer.line("case ", cases, ": ", contract.map(SwiftStringLiteral.render) ?? "nil")
                }
            }
        }
    }

    private func renderParsing(into writer: inout CodeWriter) {
        writer.line("/// 옵션 문자열을 읽습니다. 읽을 수 없으면 멈춘 위치와 그 자리에 와야 하는 것을 던집니다.")
        writer.block("public init(parsing text: String) throws(BypassSyntaxError)") { writer in
            writer.line("var parser = BypassOptionParser<", typeName, ">(text)")
            for token in grammar.tokens {
                renderAttempt(token, into: &writer)
            }
            writer.line("self = try parser.result()")
        }
    }

    private func renderAttempt(_ token: GrammarToken, into writer: inout CodeWriter) {
        let caseName = "." + BypassTypeNames.caseName(token)
        let holes = GrammarHole.holes(in: token.elements)
        guard !holes.isEmpty else {
            writer.line("parser.keyword(", SwiftStringLiteral.Piece(GrammarRenderingCode.fixedText(of: token.elements)), ", ", caseName, ")")
            return
        }
        let (prefix, rest) = GrammarParsingCode.split(token.elements)
        let shown = SwiftStringLiteral.Piece(GrammarNotation.text(of: token.elements))
        writer.line("parser.attempt(", SwiftStringLiteral.Piece(prefix), ", shownAs: ", shown, ") { (scanner: inout BypassScanner) throws(BypassSyntaxError) in")
        writer.indented { writer in
            writer.lines(GrammarParsingCode(names: names).statements(for: rest, owner: BypassTypeNames.recordOwner(token)))
            writer.line("return ", caseName, GrammarParsingCode.arguments(for: holes, labeled: holes.count > 1))
        }
        writer.line("}")
    }

    private func renderCodable(into writer: inout CodeWriter) {
        writer.line("/// JSON에서는 옵션 문자열입니다.")
        writer.block("public init(from decoder: any Decoder) throws") { writer in
            writer.line("self = try BypassCoding.decode(from: decoder, ", typeName, ".init(parsing:))")
        }
        writer.line()
        writer.block("public func encode(to encoder: any Encoder) throws") { writer in
            writer.line("try BypassCoding.encode(rendered, to: encoder)")
        }
    }

    // MARK: Conveniences

    /// A token whose only hole is a list of two-value records (`plans` of card code and months)
    /// also takes key-value pairs: `.slimQuota(["11": [2, 3], "34": [2, 3]])`. Pairs keep their
    /// order, which the rendered string must.
    private func renderPairInitializers(into writer: inout CodeWriter) {
        for token in grammar.tokens {
            guard let pair = PairShorthand(token: token, names: names) else { continue }
            writer.line()
            writer.block("extension \(typeName)") { writer in
                writer.line("/// " + CodeSpan.render(pair.recordName) + " 목록을 순서 있는 키-값 쌍으로 씁니다. 빈 목록은 실행 중 멈춥니다.")
                writer.block("public static func \(BypassTypeNames.caseName(token))(_ pairs: KeyValuePairs<\(pair.keyType), \(pair.valueType)>) -> \(typeName)") { writer in
                    writer.line("let items = pairs.map { \(pair.recordName)(\(pair.keyLabel): $0.key, \(pair.valueLabel): $0.value) }")
                    writer.line("guard let list = OneOrMore(items) else { preconditionFailure(\"\(typeName).\(token.swiftName): 빈 목록은 만들 수 없습니다\") }")
                    writer.line("return .\(BypassTypeNames.caseName(token))(list)")
                }
            }
        }
    }
}

/// The key-value form of a token whose one hole is a list of two-value records.
struct PairShorthand {
    var recordName: String
    var keyLabel: String
    var keyType: String
    var valueLabel: String
    var valueType: String

    init?(token: GrammarToken, names: BypassTypeNames) {
        let holes = GrammarHole.holes(in: token.elements)
        let owner = BypassTypeNames.recordOwner(token)
        guard holes.count == 1, let record = GrammarRecord.forItems(of: holes[0], owner: owner) else { return nil }
        let fields = record.holes
        guard fields.count == 2 else { return nil }
        recordName = record.name
        keyLabel = fields[0].identifier
        keyType = names.holeType(fields[0], owner: record.name)
        valueLabel = fields[1].identifier
        valueType = names.holeType(fields[1], owner: record.name)
    }
}
