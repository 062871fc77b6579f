import InicisSchema

/// `Docs/bypass.md`: the `bypass.inicis_v2` option strings. For every grammar and option: the
/// syntax written out, the schema's examples, the Swift builder call that produces each example,
/// and the contract it needs.
struct BypassPage {
    let schema: Schema
    private let names: BypassTypeNames
    /// The first operation page that shows each enum, by enum id: the value types link there.
    private let enumPages: [String: String]

    init(schema: Schema, operations: [OperationContext]) {
        self.schema = schema
        names = BypassTypeNames(schema: schema)
        var enumPages: [String: String] = [:]
        for context in operations {
            for id in context.enumIDs where enumPages[id] == nil { enumPages[id] = context.page }
        }
        self.enumPages = enumPages
    }

    func file() -> GeneratedFile {
        var page = MarkdownPage()
        page.add("# bypass 옵션 문자열")
        page.add("[← 목록](\(Links.indexPage))")
        page.add("이니시스 결제 모듈에 그대로 전달되는 옵션 문자열의 문법입니다. Swift에서는 옵션마다 타입이 있는 case로 만들고, 문자열은 "
            + MarkdownText.code("rendered", inTable: false) + "로 얻고 " + MarkdownText.code("init(parsing:)", inTable: false)
            + "으로 다시 읽습니다. 문법에 맞지 않는 문자열은 만들 수 없고, 읽을 때는 틀린 위치를 알려 줍니다.")
        addParameterSets(to: &page)
        let uses = fieldsByGrammar()
        for grammar in schema.grammars {
            addGrammar(grammar, uses: uses[grammar.id] ?? [], to: &page)
        }
        addValueTypes(to: &page)
        addErrors(to: &page)
        return page.file(path: "Docs/" + Links.bypassPage)
    }

    // MARK: Parameter sets

    private var typedObjects: [ObjectType] { schema.objects.filter(PlatformParameterSet.applies) }

    private func addParameterSets(to page: inout MarkdownPage) {
        // Once: the filter walks every object of the schema.
        let typedObjects = typedObjects
        guard !typedObjects.isEmpty else { return }
        page.add("## 플랫폼별 파라미터")
        page.add("PC와 모바일의 파라미터는 타입이 다릅니다. 플랫폼별 묶음으로 객체를 만들면 옵션은 이니시스가 읽는 문자열이 되고, 같은 이름의 읽기 속성(" + MarkdownText.code("pc", inTable: false) + ", " + MarkdownText.code("mobile", inTable: false) + ")은 문자열을 다시 타입으로 읽습니다.")
        for object in typedObjects {
            page.add("### " + MarkdownText.code(object.swiftName, inTable: false))
            let sets = PlatformParameterSet.sets(of: object)
            page.addTable(header: ["플랫폼", "Swift 타입", "JSON 키"], rows: sets.map { set in
                [
                    KoreanLabels.platform(set.platform),
                    MarkdownText.code(object.swiftName + "." + set.typeName),
                    set.fields.map { field in
                        let key = MarkdownText.code(field.wireName)
                        return field.grammar.flatMap(schema.grammar).map { "[\(key)](#\(Links.grammarAnchor($0.id)))" } ?? key
                    }.joined(separator: ", "),
                ]
            })
            page.add(MarkdownText.fencedBlock(exampleCall(object, sets: sets), info: "swift"))
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
        return "let bypass = " + object.swiftName + "(\n" + arguments.joined(separator: ",\n") + "\n)"
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

    private func addGrammar(_ grammar: BypassGrammar, uses: [String], to page: inout MarkdownPage) {
        page.add("## <a id=\"\(Links.grammarAnchor(grammar.id))\"></a>" + MarkdownText.code(grammar.swiftName, inTable: false) + " — " + MarkdownText.inline(grammar.documentation.summary ?? grammar.id))
        var facts = ["- 문법 아이디: " + MarkdownText.code(grammar.id, inTable: false)]
        if let platform = grammar.platform {
            facts.append("- 플랫폼: " + KoreanLabels.platform(platform))
        }
        if !uses.isEmpty {
            facts.append("- 쓰는 필드: " + uses.joined(separator: ", "))
        }
        page.add(facts)
        DocumentationBlocks.add(grammar.documentation, to: &page, includeSummary: false)
        for token in grammar.tokens {
            addToken(token, of: grammar, to: &page)
        }
    }

    /// `` `InicisV2Bypass`의 `acceptmethod` (배열) ``: where each grammar's strings go, by grammar
    /// id, in object and field order. One walk over the objects, not one per grammar.
    private func fieldsByGrammar() -> [String: [String]] {
        var uses: [String: [String]] = [:]
        for object in schema.objects {
            for field in object.fields {
                guard let grammar = field.grammar else { continue }
                uses[grammar, default: []].append(MarkdownText.code(object.swiftName, inTable: false) + "의 " + MarkdownText.code(field.wireName, inTable: false)
                    + (field.type == .array(.string) ? " (배열)" : ""))
            }
        }
        return uses
    }

    private func addToken(_ token: GrammarToken, of grammar: BypassGrammar, to page: inout MarkdownPage) {
        page.add("### <a id=\"\(Links.tokenAnchor(grammar.id, token.id))\"></a>" + MarkdownText.inline(token.documentation.summary ?? token.id))
        var facts = ["- 문법: " + MarkdownText.code(GrammarNotation.text(of: token.elements), inTable: false)]
        let call = BuilderCall(schema: schema)
        for example in token.examples {
            var line = "- 예: " + MarkdownText.code(example, inTable: false)
            if let expression = call.expression(for: token, example: example) {
                line += " ← Swift: " + MarkdownText.code(expression, inTable: false)
            }
            if let pairs = call.pairExpression(for: token, example: example) {
                line += " 또는 " + MarkdownText.code(pairs, inTable: false)
            }
            facts.append(line)
        }
        if token.examples.isEmpty {
            facts.append("- Swift: " + MarkdownText.code(grammar.swiftName + "." + BypassTypeNames.caseName(token), inTable: false))
        }
        if let contract = token.contract {
            facts.append("- 별도 계약: " + Links.contract(contract, in: schema) + " (" + MarkdownText.code(contract, inTable: false) + "). 계약을 선언하지 않으면 검증기가 경고합니다.")
        }
        page.add(facts)
        if let description = token.documentation.description {
            page.add(MarkdownText.paragraph(description))
        }
        page.add(token.documentation.notes.map { "- " + MarkdownText.inline($0) })
    }

    // MARK: Values and errors

    private func addValueTypes(to page: inout MarkdownPage) {
        page.add("## 값 타입")
        var rows = names.valueTypes().map { value in
            [MarkdownText.code(names.valueType(value)), MarkdownText.inline(valueLabel(value)), valueRule(value)]
        }
        rows.append([MarkdownText.code("OneOrMore<…>"), "반복", "하나 이상. 배열 리터럴로 씁니다. 빈 목록은 만들 수 없습니다."])
        page.addTable(header: ["타입", "값", "형식"], rows: rows)
        page.add("값은 문자열 리터럴이나 정수 리터럴로 씁니다. 형식에 맞지 않는 리터럴은 실행 중 멈춥니다. 실행 중 받은 문자열과 숫자는 던지는 초기화 함수("
            + MarkdownText.code("try HexColor(text)", inTable: false) + " 등)로 검사합니다.")
    }

    /// Colours share one type whatever their values are called, so the row names the kind.
    private func valueLabel(_ value: GrammarValue) -> String {
        if case .hexColor = value.kind { return "색상" }
        return GrammarNotation.label(value)
    }

    private func valueRule(_ value: GrammarValue) -> String {
        switch value.kind {
        case .hexColor:
            return MarkdownText.code("#RRGGBB") + ": " + MarkdownText.code("#") + "과 16진수 6자리. 쓴 그대로(대소문자 포함) 전송됩니다."
        case .digits(let length):
            return "숫자 \(length)자리"
        case .integer(let minimum, let maximum):
            let range = [minimum.map { "\($0) 이상" }, maximum.map { "\($0) 이하" }].compactMap { $0 }.joined(separator: ", ")
            return "정수" + (range.isEmpty ? "" : " (" + range + ")") + ". 0으로 시작하지 않습니다."
        case .enumeration(let id):
            return enumReference(id, typeName: names.valueType(value)) + "의 스키마 값"
        }
    }

    /// Enum sections live on the operation pages that use the enum; link the first one, if any.
    /// Looked up in a table made once: walking every operation's fields per value type made the
    /// page quadratic in the schema's size.
    private func enumReference(_ id: String, typeName: String) -> String {
        guard let page = enumPages[id] else { return MarkdownText.code(typeName) }
        return "[" + MarkdownText.code(typeName) + "](" + page + "#" + Links.enumAnchor(id) + ")"
    }

    private func addErrors(to page: inout MarkdownPage) {
        page.add("## 오류")
        page.add([
            "- " + MarkdownText.code("init(parsing:)", inTable: false) + "은 " + MarkdownText.code("BypassSyntaxError", inTable: false)
                + "를 던집니다: 읽기에 실패한 문자 위치(" + MarkdownText.code("offset", inTable: false) + ", 0부터)와 그 자리에 와야 하는 것("
                + MarkdownText.code("message", inTable: false) + "). " + MarkdownText.code("description", inTable: false) + "은 "
                + MarkdownText.code("N번째 문자: …", inTable: false) + "입니다(1부터 셉니다).",
            "- 모르는 옵션은 위치 0의 오류이고, 비슷한 옵션이 있으면 그 문법을 제안합니다.",
            "- 검증기는 " + MarkdownText.code("BypassGrammarCatalog.check(grammarID:option:)", inTable: false)
                + "로 같은 파서를 부릅니다. 결과는 옵션에 필요한 별도 계약의 아이디이거나 오류입니다.",
        ])
    }
}
