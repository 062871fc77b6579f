import InicisSchema

/// One bypass grammar as a Swift enum with a case per token: options are written as typed values
/// (`.skin("#C1272C")`, `.slimQuota(["11": [2, 3]])`) and rendered as the exact string KG이니시스
/// reads. Reading a string back goes through the runtime's grammar reader, the same one that
/// validation uses, so the two can never read an option differently.
struct GrammarOptionFile {
    let grammar: BypassGrammar
    let names: BypassTypeNames

    private var typeName: String { grammar.swiftName }

    var file: GeneratedFile {
        SwiftSourceFile.make(path: "Swift/Bypass/\(typeName).swift") { printer in
            printDeclaration(into: &printer)
            printer.blankLine()
            printOption(into: &printer)
            for token in grammar.tokens {
                guard let pair = PairShorthand(token: token, names: names) else { continue }
                printer.blankLine()
                printPairShorthand(token, pair, into: &printer)
            }
        }
    }

    // MARK: Declaration

    private func printDeclaration(into printer: inout CodePrinter) {
        var facts = ["문법 아이디: " + CodeSpan.render(grammar.id)]
        if let platform = grammar.platform { facts.append("플랫폼: " + KoreanLabels.platform(platform)) }
        printer.block("extension Inicis") { printer in
            SwiftDocComment(grammar.documentation, facts: facts).print(into: &printer)
            let keywordsOnly = grammar.tokens.allSatisfy { GrammarHole.holes(in: $0.elements).isEmpty }
            printer.block("public enum \(typeName): Inicis.Bypass.Option" + (keywordsOnly ? ", CaseIterable" : "")) { printer in
                for token in grammar.tokens {
                    SwiftDocComment(token.documentation, facts: tokenFacts(token)).print(into: &printer)
                    printer.line("case \(BypassTypeNames.caseName(token))\(payload(token))")
                    printer.blankLine()
                }
                for record in grammar.tokens.flatMap(names.records(of:)) {
                    printRecord(record, into: &printer)
                    printer.blankLine()
                }
            }
        }
    }

    private func tokenFacts(_ token: GrammarToken) -> [String] {
        var facts = ["문법: " + CodeSpan.render(GrammarNotation.text(of: token.elements))]
        if !token.examples.isEmpty {
            facts.append("예: " + token.examples.map(CodeSpan.render).joined(separator: ", "))
        }
        if let contract = token.contract {
            let name = names.schema.contract(contract)?.name
            facts.append("KG이니시스 별도 계약 필요: " + (name.map { "\($0) " } ?? "") + "(" + CodeSpan.render(contract) + ")")
        }
        return facts
    }

    /// `(Inicis.Bypass.HexColor)` for one hole, labeled for several, nothing for a keyword.
    private func payload(_ token: GrammarToken) -> String {
        let holes = GrammarHole.holes(in: token.elements)
        let owner = BypassTypeNames.recordOwner(token)
        switch holes.count {
        case 0: return ""
        case 1: return "(" + names.holeType(holes[0], owner: owner) + ")"
        default: return "(" + holes.map { "\($0.identifier): \(names.holeType($0, owner: owner))" }.joined(separator: ", ") + ")"
        }
    }

    private func printRecord(_ record: GrammarRecord, into printer: inout CodePrinter) {
        printer.line("/// " + CodeSpan.render(GrammarNotation.text(of: record.elements)) + ": 반복되는 항목 하나")
        printer.block("public struct \(record.name): Hashable, Sendable") { printer in
            for hole in record.holes {
                printer.line("public var \(hole.identifier): \(names.holeType(hole, owner: record.name))")
            }
            printer.blankLine()
            let parameters = record.holes.map { "\($0.identifier): \(names.holeType($0, owner: record.name))" }.joined(separator: ", ")
            printer.block("public init(\(parameters))") { printer in
                for hole in record.holes {
                    printer.line("self.\(hole.identifier) = \(hole.identifier)")
                }
            }
        }
    }

    // MARK: Rendering, reading, coding

    private func printOption(into printer: inout CodePrinter) {
        printer.block("extension Inicis.\(typeName)") { printer in
            printer.line("/// 스키마의 문법 아이디")
            printer.line("public static var grammarID: String { \(SwiftSource.literal(grammar.id)) }")
            printer.blankLine()
            printRendered(into: &printer)
            printer.blankLine()
            printContract(into: &printer)
            printer.blankLine()
            printParsing(into: &printer)
            printer.blankLine()
            printer.line("public var description: String { rendered }")
            printer.blankLine()
            printer.line("/// JSON에서는 옵션 문자열입니다.")
            printer.block("public init(from decoder: any Decoder) throws") { printer in
                printer.line("let container = try decoder.singleValueContainer()")
                printer.line("let text = try container.decode(String.self)")
                printer.line("do {")
                printer.line("    try self.init(parsing: text)")
                printer.line("} catch {")
                printer.line("    throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)")
                printer.line("}")
            }
            printer.blankLine()
            printer.block("public func encode(to encoder: any Encoder) throws") { printer in
                printer.line("var container = encoder.singleValueContainer()")
                printer.line("try container.encode(rendered)")
            }
        }
    }

    private func printRendered(into printer: inout CodePrinter) {
        printer.line("/// KG이니시스에 보내는 옵션 문자열")
        printer.block("public var rendered: String") { printer in
            printer.line("switch self {")
            for token in grammar.tokens {
                let holes = GrammarHole.holes(in: token.elements)
                let bindings = holes.isEmpty ? "" : "(" + holes.map { "let " + $0.identifier }.joined(separator: ", ") + ")"
                printer.line("case .\(BypassTypeNames.caseName(token))\(bindings):")
                printer.indented { $0.line("return " + GrammarSwiftCode.rendering(token.elements, owner: "")) }
            }
            printer.line("}")
        }
    }

    private func printContract(into printer: inout CodePrinter) {
        printer.line("/// 이 옵션에 필요한 KG이니시스 별도 계약; 필요 없으면 nil")
        printer.block("public var contract: Inicis.Contract?") { printer in
            printer.line("switch self {")
            for token in grammar.tokens {
                let value = token.contract.map { "Inicis.Contract(rawValue: \(SwiftSource.literal($0)))" } ?? "nil"
                printer.line("case .\(BypassTypeNames.caseName(token)): return \(value)")
            }
            printer.line("}")
        }
    }

    private func printParsing(into printer: inout CodePrinter) {
        printer.line("/// 옵션 문자열을 읽습니다. 읽을 수 없으면 멈춘 위치와 그 자리에 와야 하는 것을 던집니다.")
        printer.block("public init(parsing text: String) throws(Inicis.Bypass.SyntaxError)") { printer in
            printer.line("let match = try Inicis.GeneratedTables.catalog.bypassReader(\(SwiftSource.literal(grammar.id))).read(text)")
            printer.line("switch match.token {")
            for token in grammar.tokens {
                let holes = GrammarHole.holes(in: token.elements)
                let owner = BypassTypeNames.recordOwner(token)
                let arguments = holes.enumerated().map { offset, hole in
                    (holes.count > 1 ? hole.label + ": " : "") + GrammarSwiftCode(names: names).reading(hole, from: "match.captures[\(offset)]", owner: owner)
                }
                let value = "." + BypassTypeNames.caseName(token) + (holes.isEmpty ? "" : "(" + arguments.joined(separator: ", ") + ")")
                printer.line("case \(SwiftSource.literal(token.id)): self = \(value)")
            }
            printer.line("default: preconditionFailure(\"\(typeName): unknown token \\(match.token)\")")
            printer.line("}")
        }
    }

    /// A token whose only hole is a list of two-value records (`plans` of card code and months)
    /// also takes key-value pairs: `.slimQuota(["11": [2, 3], "34": [2, 3]])`, in order.
    private func printPairShorthand(_ token: GrammarToken, _ pair: PairShorthand, into printer: inout CodePrinter) {
        let caseName = BypassTypeNames.caseName(token)
        printer.block("extension Inicis.\(typeName)") { printer in
            printer.line("/// " + CodeSpan.render(pair.recordName) + " 목록을 순서 있는 키-값 쌍으로 씁니다. 빈 목록은 실행 중 멈춥니다.")
            printer.block("public static func \(caseName)(_ pairs: KeyValuePairs<\(pair.keyType), \(pair.valueType)>) -> Self") { printer in
                printer.line("let items = pairs.map { \(pair.recordName)(\(pair.keyLabel): $0.key, \(pair.valueLabel): $0.value) }")
                printer.line("guard let list = Inicis.Bypass.OneOrMore(items) else { preconditionFailure(\"\(typeName).\(token.swiftName): 빈 목록은 만들 수 없습니다\") }")
                printer.line("return .\(caseName)(list)")
            }
        }
    }
}
