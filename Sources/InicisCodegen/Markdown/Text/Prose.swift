import InicisSchema

/// Korean prose from the schema, rendered literally, with the wire names in it set as code:
/// `paymentId 에는 ASCII 문자만` reads `` `paymentId` 에는 ASCII 문자만 ``. The schema's text is
/// never Markdown (anything in it must show as written), so the pages recognise the names
/// themselves: field names and paths, enum values, rule values, SDK functions and bypass options
/// the schema declares, and the misspelt names the guide uses, which the pages quote.
struct Prose: Sendable {
    let terms: Set<String>

    init(terms: Set<String>) {
        self.terms = terms
    }

    init(schema: Schema) {
        terms = ProseTerms.collect(from: schema)
    }

    /// One block's worth of prose (a cell, a list item): lines joined with `<br>`.
    func inline(_ text: String, inTable: Bool = true) -> String {
        TextLines.split(text).map { line(String($0), inTable: inTable) }.filter { !$0.isEmpty }.joined(separator: "<br>")
    }

    /// A paragraph: lines joined with LF.
    func paragraph(_ text: String) -> String {
        TextLines.split(text).map { line(String($0), inTable: false) }.joined(separator: "\n")
    }

    /// A name in quotes (`비슷한 키: "P_MNAME"`) reads as a name once it is set as code.
    private static func unquotingCode(_ markdown: String) -> String {
        markdown.replacing(/"(`[^`]+`)"/) { $0.output.1 }
    }

    /// One line: an HTTP call (`POST /payments/{paymentId}/instant`) and runs of name characters
    /// that are known names become code spans, everything else is escaped as
    /// `MarkdownText.escapedLine` escapes it.
    private func line(_ text: String, inTable: Bool) -> String {
        var pieces: [String] = []
        var rest = Substring(text)
        while let call = rest.firstMatch(of: Self.httpCall) {
            pieces.append(names(String(rest[..<call.range.lowerBound]), inTable: inTable))
            pieces.append(MarkdownText.code(String(call.output.0), inTable: inTable))
            rest = rest[call.range.upperBound...]
        }
        pieces.append(names(String(rest), inTable: inTable))
        var result = pieces.joined()
        result = String(result.drop(while: { $0 == " " || $0 == "\t" }))
        if result.unicodeScalars.count > 1, result.hasSuffix("#") {
            result.insert("\\", at: result.index(before: result.endIndex))
        }
        return MarkdownText.escapingLineStart(Self.unquotingCode(result))
    }

    /// `POST /payments/{paymentId}/instant`: a method, a space and a path of ASCII characters.
    private static var httpCall: Regex<(Substring, Substring)> { /(GET|POST|PUT|PATCH|DELETE) \/[A-Za-z0-9_\/{}.$\-]+/ }

    private func names(_ text: String, inTable: Bool) -> String {
        var result = ""
        var run = String.UnicodeScalarView()
        func flushRun() {
            guard !run.isEmpty else { return }
            var name = String(run)
            var trailingDots = ""
            while name.hasSuffix(".") {
                name.removeLast()
                trailingDots += "."
            }
            if terms.contains(name) {
                result += MarkdownText.code(name, inTable: inTable) + trailingDots
            } else {
                result += Self.escaped(String(run))
            }
            run = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if Self.isNameScalar(scalar) {
                run.append(scalar)
            } else {
                flushRun()
                result += Self.escaped(String(scalar))
            }
        }
        flushRun()
        return result
    }

    private static func escaped(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if MarkdownText.isInlineSpecial(scalar) { scalars.append("\\") }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", ".": true
        default: false
        }
    }
}

/// The names `Prose` sets as code.
enum ProseTerms {
    /// English words that are also field names; in the prose they are mostly the words
    /// (`number 형식`), so they stay text.
    static let words: Set<String> = ["POST", "number", "string", "object", "type", "name", "code", "link", "tag", "open", "close", "city", "id", "array", "integer", "boolean"]

    /// Enums this long are lists of codes (countries, currencies) whose two- and three-letter
    /// values look like ordinary words (`KG`, `NO`); only their supported values count.
    static let longEnum = 40

    static func collect(from schema: Schema) -> Set<String> {
        var terms: Set<String> = []
        for object in schema.objects {
            for field in object.fields where isName(field.wireName) {
                terms.insert(field.wireName)
            }
        }
        for operation in schema.operations {
            if let function = operation.function { terms.insert(function) }
            for row in OperationFields(operation: operation, schema: schema).rows where row.components.allSatisfy(isName) {
                for start in row.components.indices.dropLast() {
                    terms.insert(row.components[start...].joined(separator: "."))
                }
            }
            for parameter in operation.pathParameters where isName(parameter.wireName) {
                terms.insert(parameter.wireName)
            }
        }
        for enumType in schema.enums {
            for value in enumType.values where enumType.values.count <= longEnum || value.inicis == .supported {
                guard value.wire.count >= 3, isName(value.wire) else { continue }
                terms.insert(value.wire)
                if let prefix = enumType.aliasPrefix { terms.insert(prefix + "_" + value.wire) }
            }
        }
        for rule in schema.objects.flatMap(\.rules) + schema.operations.flatMap(\.rules) {
            if case .allowedValues(_, let values) = rule.kind { terms.formUnion(values.filter(isName)) }
        }
        for grammar in schema.grammars {
            for token in grammar.tokens {
                for element in token.elements {
                    if case .literal(let text) = element, isName(text), text.count >= 3 { terms.insert(text) }
                }
            }
        }
        // The names the guide misspells, which the pages quote next to the right ones.
        for documentation in SchemaDocumentation(schema).all {
            for difference in documentation.differences {
                for name in [difference.guide, difference.wire] where isName(name) && name.count >= 3 && name.contains(where: { $0.isUppercase || $0 == "_" }) {
                    terms.insert(name)
                }
            }
        }
        return terms.subtracting(words)
    }

    private static func isName(_ text: String) -> Bool {
        !text.isEmpty && !text.hasSuffix(".") && text.unicodeScalars.allSatisfy(Prose.isNameScalar)
    }
}
