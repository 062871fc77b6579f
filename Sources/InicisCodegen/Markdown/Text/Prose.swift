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

    /// A name in quotes (`비슷한 키: "P_MNAME"`) reads as a name once it is set as code: each
    /// `"` + a code span + `"` loses its quotes. On the bytes: a Regex literal is built anew each
    /// time it is evaluated, which showed in a run, and quotes and backticks are ASCII.
    private static func unquotingCode(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        guard bytes.contains(quote) else { return markdown }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if let closingQuote = quotedCodeSpanEnd(in: bytes, at: index) {
                result += bytes[(index + 1)..<closingQuote]
                index = closingQuote + 1
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Where the closing quote is when `"`, a backtick, at least one other byte, a backtick and
    /// `"` start at `start`.
    private static func quotedCodeSpanEnd(in bytes: [UInt8], at start: Int) -> Int? {
        guard bytes[start] == quote, start + 2 < bytes.count, bytes[start + 1] == backtick,
              let closingBacktick = bytes[(start + 2)...].firstIndex(of: backtick), closingBacktick > start + 2,
              closingBacktick + 1 < bytes.count, bytes[closingBacktick + 1] == quote else { return nil }
        return closingBacktick + 1
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backtick = UInt8(ascii: "`")

    /// One line: an HTTP call (`POST /payments/{paymentId}/instant`) and runs of name characters
    /// that are known names become code spans, everything else is escaped as
    /// `MarkdownText.escapedLine` escapes it.
    private func line(_ text: String, inTable: Bool) -> String {
        let bytes = Array(text.utf8)
        // Calls are ASCII, so their bounds never split a character.
        let piece = { (range: Range<Int>) in String(decoding: bytes[range], as: UTF8.self) }
        var pieces: [String] = []
        var rest = 0
        while let call = Self.firstHTTPCall(in: bytes, from: rest) {
            pieces.append(names(piece(rest..<call.lowerBound), inTable: inTable))
            pieces.append(MarkdownText.code(piece(call), inTable: inTable))
            rest = call.upperBound
        }
        pieces.append(names(piece(rest..<bytes.count), inTable: inTable))
        let line = String(pieces.joined().drop(while: { $0 == " " || $0 == "\t" }))
        return MarkdownText.guardingLineEnds(Self.unquotingCode(line))
    }

    /// The first `POST /payments/{paymentId}/instant` from `start` on: a method, a space, a slash
    /// and at least one more character of a path (`A-Za-z0-9_/{}.$-`).
    private static func firstHTTPCall(in bytes: [UInt8], from start: Int) -> Range<Int>? {
        guard bytes[start...].contains(UInt8(ascii: "/")) else { return nil }
        for index in start..<bytes.count {
            // Every method starts with one of three capitals: most bytes are ruled out at once.
            switch bytes[index] {
            case UInt8(ascii: "G"), UInt8(ascii: "P"), UInt8(ascii: "D"): break
            default: continue
            }
            for method in httpMethods where bytes[index...].starts(with: method) {
                var end = index + method.count
                while end < bytes.count, isPathByte(bytes[end]) { end += 1 }
                if end > index + method.count { return index..<end }
            }
        }
        return nil
    }

    private static let httpMethods = ["GET /", "POST /", "PUT /", "PATCH /", "DELETE /"].map { Array($0.utf8) }

    private static func isPathByte(_ byte: UInt8) -> Bool {
        byte < 0x80 && (isNameScalar(Unicode.Scalar(byte)) || "/{}$-".utf8.contains(byte))
    }

    /// Works on UTF-8 bytes: names and Markdown's specials are ASCII, and every byte of any
    /// other character is copied as it is.
    private func names(_ text: String, inTable: Bool) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 8)
        var run: [UInt8] = []
        func flushRun() {
            guard !run.isEmpty else { return }
            let dots = run.reversed().prefix { $0 == UInt8(ascii: ".") }.count
            let name = String(decoding: run.dropLast(dots), as: UTF8.self)
            if terms.contains(name) {
                result += MarkdownText.code(name, inTable: inTable).utf8
                result += repeatElement(UInt8(ascii: "."), count: dots)
            } else {
                run.forEach { Self.appendEscaped($0, to: &result) }
            }
            run.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if byte < 0x80, Self.isNameScalar(Unicode.Scalar(byte)) {
                run.append(byte)
            } else {
                flushRun()
                Self.appendEscaped(byte, to: &result)
            }
        }
        flushRun()
        return String(decoding: result, as: UTF8.self)
    }

    private static func appendEscaped(_ byte: UInt8, to bytes: inout [UInt8]) {
        if byte < 0x80, MarkdownText.isInlineSpecial(Unicode.Scalar(byte)) { bytes.append(UInt8(ascii: "\\")) }
        bytes.append(byte)
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
