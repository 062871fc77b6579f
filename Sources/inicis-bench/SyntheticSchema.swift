/// A schema `factor` times the size of a real one, made from its text: every top-level
/// declaration (contract, enum, object, grammar, operation and its examples, pay-method table)
/// is repeated `factor` times, each copy with its ids and the references to them renamed, so that
/// the result is as valid as the original and exercises every stage as much per byte.
///
/// Working on the text, not the model, keeps the XML parser and the XSD validator in the
/// measurement, and needs no XML writer.
enum SyntheticSchema {
    /// The sections whose content is repeated.
    static let sections = ["contracts", "enums", "objects", "grammars", "operations", "pay-method-tables"]

    static func scaled(_ text: String, by factor: Int) -> String {
        guard factor > 1 else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count * factor + factor * 1024)
        var rest = Substring(text)
        for section in sections {
            guard let open = rest.firstRange(of: "<\(section)>"), let close = rest.firstRange(of: "</\(section)>") else { continue }
            let body = rest[open.upperBound..<close.lowerBound]
            result += rest[..<close.lowerBound]
            for copy in 2...factor {
                result += renamed(body, copy: copy)
            }
            rest = rest[close.lowerBound...]
        }
        result += rest
        return result
    }

    /// Declarations whose `id` is global and must differ in each copy. Rule, token and field ids
    /// are scoped to their owner and stay.
    private static let declarations: Set<Substring> = ["contract", "enum", "object", "grammar", "operation", "example", "table"]
    /// Attributes that refer to a declaration by id, on any element.
    private static let references: Set<Substring> = ["ref", "body", "contract", "grammar"]

    /// `text` with every id of a declaration and every reference to one given the copy's suffix.
    /// Comments, CDATA sections and text content are copied unchanged.
    static func renamed(_ text: Substring, copy: Int) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + 4096)
        var scanner = Substring(text)
        while let tagStart = scanner.firstIndex(of: "<") {
            output += scanner[..<tagStart]
            scanner = scanner[tagStart...]
            for (opening, closing) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("</", ">"), ("<?", "?>")] where scanner.hasPrefix(opening) {
                let end = scanner.firstRange(of: closing)?.upperBound ?? scanner.endIndex
                output += scanner[..<end]
                scanner = scanner[end...]
                break
            }
            guard scanner.hasPrefix("<"), !scanner.hasPrefix("</"), !scanner.hasPrefix("<!"), !scanner.hasPrefix("<?") else { continue }
            let end = scanner.firstIndex(of: ">").map { scanner.index(after: $0) } ?? scanner.endIndex
            output += renamedTag(scanner[..<end], copy: copy)
            scanner = scanner[end...]
        }
        output += scanner
        return output
    }

    /// One start tag, `<name a="v" …>`, with its attributes renamed.
    private static func renamedTag(_ tag: Substring, copy: Int) -> String {
        let name = tag.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
        var output = "<" + name
        var rest = tag.dropFirst(1 + name.count)
        while let equals = rest.firstIndex(of: "="), let quote = rest[equals...].dropFirst().first, quote == "\"" || quote == "'" {
            let attribute = rest[..<equals].trimmingPrefix(while: \.isWhitespace)
            let valueStart = rest.index(equals, offsetBy: 2)
            guard let valueEnd = rest[valueStart...].firstIndex(of: quote) else { break }
            let value = rest[valueStart..<valueEnd]
            let newValue = renamedValue(value, attribute: attribute, element: name, copy: copy)
            output += rest[..<valueStart] + newValue + String(quote)
            rest = rest[rest.index(after: valueEnd)...]
        }
        return output + rest
    }

    private static func renamedValue(_ value: Substring, attribute: Substring, element: Substring, copy: Int) -> String {
        switch attribute {
        case "id" where declarations.contains(element), "swift-name" where ["enum", "object", "grammar"].contains(element):
            return suffixed(value, copy: copy)
        case "operations" where element == "table":
            return value.split(separator: " ").map { suffixed($0, copy: copy) }.joined(separator: " ")
        case _ where references.contains(attribute):
            return suffixed(value, copy: copy)
        default:
            return String(value)
        }
    }

    /// `Customer` -> `CustomerX7`; `vat-tax-free` -> `vat-tax-free-x7`: both still match the
    /// schema language's id patterns.
    static func suffixed(_ id: Substring, copy: Int) -> String {
        guard let first = id.first else { return String(id) }
        return first.isUppercase ? "\(id)X\(copy)" : "\(id)-x\(copy)"
    }
}
