/// Swift identifier rules, shared by the checker (is this name legal?) and the emitters (escape it).
public enum SwiftIdentifier {
    /// Words that need backticks wherever an identifier stands.
    public static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import",
        "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol",
        "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        "Type", "Protocol",
    ]

    /// ASCII letters, digits and `_`, not starting with a digit. The schema language keeps names
    /// ASCII so that generated code reads the same in every editor.
    public static func isValid(_ name: String) -> Bool {
        guard let first = name.utf8.first, !name.isEmpty else { return false }
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        let isLetter = { (byte: UInt8) in (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F }
        return !isDigit(first) && name.utf8.allSatisfy { isLetter($0) || isDigit($0) }
    }

    /// `default` -> `` `default` ``; other names unchanged.
    public static func escaped(_ name: String) -> String {
        isKeyword(name) ? "`\(name)`" : name
    }

    /// `keywords.contains(name)` without hashing the name (the emitters escape every case and
    /// property name): a keyword is ASCII, so the name's first byte picks the few keywords it can
    /// be, and their lengths rule out most of those before any comparison.
    static func isKeyword(_ name: String) -> Bool {
        guard let first = name.utf8.first, first < 0x80 else { return false }
        let length = name.utf8.count
        return keywordsByFirstByte[Int(first)].contains { $0.utf8.count == length && $0 == name }
    }

    /// `keywords` grouped by first byte, indexed by that byte (0…127).
    private static let keywordsByFirstByte: [[String]] = {
        var table = [[String]](repeating: [], count: 128)
        for keyword in keywords { table[Int(keyword.utf8.first!)].append(keyword) }
        return table
    }()

    /// A case name from an UPPER_SNAKE or kebab wire value: `KO_KR` -> `koKr`, `EASY_PAY` -> `easyPay`,
    /// `percard` -> `percard`. Values that start with a digit (`1m`) stay invalid on purpose: the
    /// schema must name them with `swift-name`, and the checker says so.
    public static func caseName(fromWireValue wire: String) -> String {
        asciiCaseName(fromWireValue: wire) ?? caseNameByCharacters(fromWireValue: wire)
    }

    /// The general form, on characters (any script).
    static func caseNameByCharacters(fromWireValue wire: String) -> String {
        let words = wire.split(whereSeparator: { $0 == "_" || $0 == "-" }).map(String.init)
        guard let first = words.first else { return wire }
        let isAllUppercase = wire == wire.uppercased()
        let head = isAllUppercase ? first.lowercased() : lowercasingFirst(first)
        let tail = words.dropFirst().map { word in
            let body = isAllUppercase ? word.lowercased() : word
            return body.prefix(1).uppercased() + body.dropFirst()
        }
        return head + tail.joined()
    }

    /// `caseName(fromWireValue:)` on the bytes of an ASCII value (every wire value the schema
    /// language allows), without the Unicode case mapping: the loader names hundreds of values.
    static func asciiCaseName(fromWireValue wire: String) -> String? {
        guard wire.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let isLowercase = { (byte: UInt8) in byte >= 0x61 && byte <= 0x7A }
        let isUppercase = { (byte: UInt8) in byte >= 0x41 && byte <= 0x5A }
        let isAllUppercase = !wire.utf8.contains(where: isLowercase)
        var result: [UInt8] = []
        result.reserveCapacity(wire.utf8.count)
        var wordCount = 0
        var positionInWord = -1
        for byte in wire.utf8 {
            if byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") {
                positionInWord = -1
                continue
            }
            if positionInWord < 0 { wordCount += 1 }
            positionInWord += 1
            let lowered = isUppercase(byte) ? byte + 0x20 : byte
            let raised = isLowercase(byte) ? byte - 0x20 : byte
            if wordCount == 1 {
                // The first word: all lowercase when the value is, else only its first letter.
                result.append(isAllUppercase || positionInWord == 0 ? lowered : byte)
            } else {
                // Later words: capitalised; the rest lowercase when the value is all uppercase.
                result.append(positionInWord == 0 ? raised : isAllUppercase ? lowered : byte)
            }
        }
        return wordCount == 0 ? wire : String(decoding: result, as: UTF8.self)
    }

    /// A property name from a wire key: `P_CARD_OPTION` -> `pCardOption`, `logo_url` -> `logoUrl`,
    /// `storeId` -> `storeId`.
    public static func propertyName(fromWireName wire: String) -> String {
        asciiPropertyName(fromWireName: wire) ?? propertyNameByCharacters(fromWireName: wire)
    }

    /// The general form, on characters (any script).
    static func propertyNameByCharacters(fromWireName wire: String) -> String {
        guard wire.contains("_") else { return lowercasingFirst(wire) }
        return caseName(fromWireValue: wire)
    }

    /// `propertyName(fromWireName:)` on the bytes of an ASCII name (every wire name the schema
    /// language allows): the loader names every field, and the general form's substring search
    /// and case mapping cost more than the rest of reading a field.
    static func asciiPropertyName(fromWireName wire: String) -> String? {
        guard wire.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        if wire.utf8.contains(UInt8(ascii: "_")) { return asciiCaseName(fromWireValue: wire) }
        guard let first = wire.utf8.first, first >= 0x41, first <= 0x5A else { return wire }
        var bytes = Array(wire.utf8)
        bytes[0] = first + 0x20
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func lowercasingFirst(_ word: String) -> String {
        word.prefix(1).lowercased() + word.dropFirst()
    }
}
