import InicisSchema

/// `Docs/bypass.md`: the `bypass.inicis_v2` option strings. For every grammar and option: the
/// syntax written out, the schema's examples, the Swift builder call that produces each example,
/// and the contract it needs.
struct BypassPage {
    let site: DocsSite

    private var schema: Schema { site.schema }
    private var prose: Prose { site.prose }
    private var names: BypassTypeNames { BypassTypeNames(schema: schema) }

    func file() -> GeneratedFile {
        var printer = MarkdownPrinter()
        printer.heading(1, "bypass 옵션 문자열")
        printer.block(PageLinks.backToIndex)
        printer.block("KG이니시스 결제 모듈에 그대로 전달되는 옵션 문자열의 문법입니다. Swift에서는 옵션마다 타입이 있는 값으로 만들고, 문자열은 "
            + MarkdownText.code("rendered", inTable: false) + " 속성으로 얻고 " + MarkdownText.code("init(parsing:)", inTable: false)
            + " 초기화 함수로 다시 읽습니다. 문법에 맞지 않는 문자열은 만들 수 없고, 읽을 때는 틀린 위치를 알려 줍니다.")
        printParameterSets(into: &printer)
        let uses = fieldsByGrammar()
        for grammar in schema.grammars {
            printGrammar(grammar, uses: uses[grammar.id] ?? [], into: &printer)
        }
        printValueTypes(into: &printer)
        printErrors(into: &printer)
        return printer.file(path: "Docs/" + PageLinks.bypass)
    }

    // MARK: Parameter sets

    private func printParameterSets(into printer: inout MarkdownPrinter) {
        let typedObjects = schema.objects.filter(PlatformParameterSet.applies)
        guard !typedObjects.isEmpty else { return }
        printer.heading(2, "플랫폼별 파라미터")
        printer.block("PC와 모바일의 파라미터는 타입이 다릅니다. 플랫폼별 묶음으로 객체를 만들면 옵션은 KG이니시스가 읽는 문자열이 되고, 같은 이름의 읽기 속성("
            + MarkdownText.code("pc", inTable: false) + ", " + MarkdownText.code("mobile", inTable: false) + ")은 문자열을 다시 타입으로 읽습니다.")
        for object in typedObjects {
            printer.heading(3, MarkdownText.code("Inicis." + object.swiftName, inTable: false))
            let sets = PlatformParameterSet.sets(of: object)
            printer.table(["플랫폼", "Swift 타입", "JSON 키"], sets.map { set in
                [
                    KoreanLabels.platform(set.platform),
                    MarkdownText.code("Inicis." + object.swiftName + "." + set.typeName),
                    set.fields.map { field in
                        let key = MarkdownText.code(field.wireName)
                        return field.grammar.flatMap(schema.grammar).map { "[" + key + "](#" + PageLinks.grammarAnchor($0.id) + ")" } ?? key
                    }.joined(separator: ", "),
                ]
            })
            printer.fenced(exampleCall(object, sets: sets), info: "swift")
        }
    }

    /// The object built from each set's grammar fields, each holding its grammar's first example.
    private func exampleCall(_ object: ObjectType, sets: [PlatformParameterSet]) -> String {
        let arguments = sets.compactMap { set -> String? in
            let fields = set.fields.compactMap { field -> String? in
                guard let grammar = field.grammar.flatMap(schema.grammar), let call = firstCall(in: grammar) else { return nil }
                let value = field.type == .array(.string) ? "[" + call + "]" : call
                return SwiftIdentifier.escaped(field.swiftName) + ": " + value
            }
            return fields.isEmpty ? nil : "    " + set.label + ": .init(" + fields.joined(separator: ", ") + ")"
        }
        return "let bypass = Inicis." + object.swiftName + "(\n" + arguments.joined(separator: ",\n") + "\n)"
    }

    private func firstCall(in grammar: BypassGrammar) -> String? {
        for token in grammar.tokens {
            if let example = token.examples.first, let call = BuilderCall(schema: schema).expression(for: token, example: example) {
                return call
            }
        }
        return nil
    }

    // MARK: Grammars

    private func printGrammar(_ grammar: BypassGrammar, uses: [String], into printer: inout MarkdownPrinter) {
        printer.heading(2, MarkdownText.code(grammar.id, inTable: false) + " — " + prose.inline(grammar.documentation.summary ?? grammar.id, inTable: false),
                        anchor: PageLinks.grammarAnchor(grammar.id))
        var facts = ["Swift 타입: " + MarkdownText.code("Inicis." + grammar.swiftName, inTable: false)]
        if let platform = grammar.platform {
            facts.append("플랫폼: " + KoreanLabels.platform(platform))
        }
        if !uses.isEmpty {
            facts.append("쓰는 필드: " + uses.joined(separator: ", "))
        }
        printer.list(facts)
        if let description = grammar.documentation.description { printer.block(prose.paragraph(description)) }
        printer.list(grammar.documentation.notes.map { NoteText.inline($0, prose: prose, inTable: false) }
            + grammar.documentation.wireDifferences.map { DifferenceText.inline($0, prose: prose, inTable: false) })
        for token in grammar.tokens {
            printToken(token, of: grammar, into: &printer)
        }
    }

    /// `` `InicisV2Bypass`의 `acceptmethod` (배열) ``: where each grammar's strings go, by grammar
    /// id, in object and field order.
    private func fieldsByGrammar() -> [String: [String]] {
        var uses: [String: [String]] = [:]
        for object in schema.objects {
            for field in object.fields {
                guard let grammar = field.grammar else { continue }
                uses[grammar, default: []].append(MarkdownText.code("Inicis." + object.swiftName, inTable: false) + "의 " + MarkdownText.code(field.wireName, inTable: false)
                    + (field.type == .array(.string) ? " (배열)" : ""))
            }
        }
        return uses
    }

    private func printToken(_ token: GrammarToken, of grammar: BypassGrammar, into printer: inout MarkdownPrinter) {
        printer.heading(3, prose.inline(token.documentation.summary ?? token.id, inTable: false), anchor: PageLinks.tokenAnchor(grammar.id, token.id))
        var facts = ["문법: " + MarkdownText.code(GrammarNotation.text(of: token.elements), inTable: false)]
        let call = BuilderCall(schema: schema)
        for example in token.examples {
            var line = "예: " + MarkdownText.code(example, inTable: false)
            if let expression = call.expression(for: token, example: example) {
                line += " ← Swift: " + MarkdownText.code(expression, inTable: false)
            }
            if let pairs = call.pairExpression(for: token, example: example) {
                line += " 또는 " + MarkdownText.code(pairs, inTable: false)
            }
            facts.append(line)
        }
        if token.examples.isEmpty {
            facts.append("Swift: " + MarkdownText.code("Inicis." + grammar.swiftName + "." + BypassTypeNames.caseName(token), inTable: false))
        }
        if let contract = token.contract {
            facts.append("별도 계약: " + PageLinks.contract(contract, in: schema) + ". 계약을 알리지 않고 검증하면 검증기가 경고합니다.")
        }
        printer.list(facts)
        if let description = token.documentation.description { printer.block(prose.paragraph(description)) }
        printer.list(token.documentation.notes.map { NoteText.inline($0, prose: prose, inTable: false) }
            + token.documentation.wireDifferences.map { DifferenceText.inline($0, prose: prose, inTable: false) })
    }

    // MARK: Values and errors

    private func printValueTypes(into printer: inout MarkdownPrinter) {
        var rows = names.valueTypes().map { value in
            [MarkdownText.code(names.valueType(value)), MarkdownText.inline(valueLabel(value)), valueRule(value)]
        }
        rows.append([MarkdownText.code("Inicis.Bypass.OneOrMore<…>"), "반복", "하나 이상. 배열 리터럴로 씁니다. 빈 목록은 만들 수 없습니다."])
        printer.heading(2, "값 타입")
        printer.table(["타입", "값", "형식"], rows)
        printer.block("값은 문자열 리터럴이나 정수 리터럴로 씁니다. 형식에 맞지 않는 리터럴은 실행 중 멈춥니다. 실행 중 받은 문자열과 숫자는 던지는 초기화 함수("
            + MarkdownText.code("try Inicis.Bypass.HexColor(text)", inTable: false) + " 등)로 검사합니다.")
    }

    /// Colours share one type whatever their values are called, so the row names the kind.
    private func valueLabel(_ value: GrammarValue) -> String {
        if case .hexColor = value.kind { return "색상" }
        return GrammarNotation.label(value)
    }

    private func valueRule(_ value: GrammarValue) -> String {
        switch value.kind {
        case .hexColor:
            return MarkdownText.code("#RRGGBB") + ": " + MarkdownText.code("#") + " 뒤에 16진수 6자리. 쓴 그대로(대소문자 포함) 전송됩니다."
        case .digits(let length):
            return "숫자 \(length)자리"
        case .integer(let minimum, let maximum):
            let range = [minimum.map { "\($0) 이상" }, maximum.map { "\($0) 이하" }].compactMap { $0 }.joined(separator: ", ")
            return "정수" + (range.isEmpty ? "" : " (" + range + ")") + ". 0으로 시작하지 않습니다."
        case .enumeration(let id):
            let type = MarkdownText.code(names.valueType(value))
            guard let context = site.enumPage(id), let anchor = context.anchors.enumSection(id) else { return type + " 열거형의 값" }
            return "[" + type + "](" + context.target(anchor, in: .values, from: nil) + ") 열거형의 값"
        }
    }

    private func printErrors(into printer: inout MarkdownPrinter) {
        printer.heading(2, "오류")
        printer.list([
            MarkdownText.code("init(parsing:)", inTable: false) + " 초기화 함수는 " + MarkdownText.code("Inicis.Bypass.SyntaxError", inTable: false)
                + " 오류를 던집니다. 오류에는 읽기에 실패한 문자의 위치(" + MarkdownText.code("offset", inTable: false) + ", 0부터)와 그 자리에 와야 하는 것("
                + MarkdownText.code("message", inTable: false) + ")이 있고, " + MarkdownText.code("description", inTable: false) + " 속성은 "
                + MarkdownText.code("N번째 문자: …", inTable: false) + " 형식입니다(1부터 셉니다).",
            "모르는 옵션은 위치 0의 오류이고, 비슷한 옵션이 있으면 그 문법을 제안합니다.",
            "검증기는 같은 파서로 요청의 옵션 문자열을 읽고, 문법에 맞지 않는 옵션을 " + MarkdownText.codeLink("grammar-error", to: PageLinks.issueCodes + "#" + PageLinks.issueCodeAnchor("grammar-error"), inTable: false) + " 문제로 알려 줍니다.",
        ])
    }
}
