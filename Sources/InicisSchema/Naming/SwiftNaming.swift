/// The Swift names of what the schema declares, derived from its wire names and ids so that the
/// generated API follows the Swift API Design Guidelines without a `swift-name` on every node.
/// Total: every string, even one JSON allows only as a key (`self`, `2nd`, `가격`, `a b`, ``), gets
/// a name the generated code can declare.
///
/// The rules, in order:
///
/// 1. **Words.** Any character that cannot stand in an identifier (`_`, `-`, spaces, symbols)
///    separates words, and a capital after a lower-case letter or a digit starts one (`storeId`
///    is `store` `Id`); in a run of capitals, the last one starts the word its lower-case letters
///    follow (`URLPath` is `URL` `Path`), unless they are only a plural `s` (`URLs`). Letters of
///    any script are kept, digits too.
/// 2. **Case.** Properties and enum cases are lowerCamelCase, types UpperCamelCase. A word from
///    `acronyms` is one case throughout (`storeId` → `storeID`, `noticeUrls` → `noticeURLs`,
///    `logo_url` → `logoURL`; lower case at the start of a lowerCamel name: `urlPath`). In an
///    UPPER_SNAKE value the words are read as words (`SHINHAN_BANK` → `shinhanBank`), except
///    that a two-character word after the first is a region or acronym code and stays upper case
///    (`KO_KR` → `koKR`, `ALIPAY_HK` → `alipayHK`). Other words keep their inner case
///    (`Ini_SSGPAY` → `iniSSGPAY`). Word knowledge beyond this (`APPLEPAY` → `applePay`) is the
///    schema's `swift-name`.
/// 3. **Valid identifier.** A name that starts with a digit gets a leading `_` (`2nd` → `_2nd`);
///    a key with no letter or digit at all is named by its characters' code points (`$` → `u24`,
///    the empty key `empty`).
/// 4. **Reserved names.** A name in `reservedMemberNames` (properties, cases) or
///    `reservedTypeNames` (types) gets a trailing `_` (`self` → `self_`, `description` →
///    `description_`, `String` → `String_`). Other keywords (`default`, `in`) are kept and
///    escaped with backticks where they are written (`SwiftIdentifier.escaped`).
///
/// Names that coincide after these rules (`store_id` and `storeId`) are reported by the checker.
public enum SwiftNaming {
    /// The Swift property name of a JSON key: `storeId` → `storeID`, `P_CARD_OPTION` →
    /// `pCardOption`, `self` → `self_`.
    public static func propertyName(wireName: String) -> String {
        memberName(wireName)
    }

    /// The Swift case name of an enum wire value or a grammar token id: `KO_KR` → `koKR`,
    /// `SHINHAN_BANK` → `shinhanBank`, `global-visa3d` → `globalVisa3d`.
    public static func caseName(wireValue: String) -> String {
        memberName(wireValue)
    }

    /// The Swift type name of an enum, object or grammar id: `Customer` → `Customer`,
    /// `p-card-option` → `PCardOption`, `cardCode` → `CardCode`.
    public static func typeName(id: String) -> String {
        let words = NameWords(id)
        let name = words.isEmpty ? placeholder(for: id).uppercasingFirst : words.words.indices.map { words.cased($0, leadingLowerCase: false) }.joined()
        return validated(name, reserved: reservedTypeNames)
    }

    /// The Swift type name of an operation, from its SDK function or REST id: `requestPayment` →
    /// `RequestPaymentOperation`, `instant-payment` → `InstantPaymentOperation`. Each `-` or `_`
    /// ends a word; a name that would start with a digit gets a leading `_` (`_1` → `_1Operation`).
    /// Names that coincide with another type's are reported by the checker.
    public static func operationTypeName(_ functionOrID: String) -> String {
        let words = functionOrID.split(whereSeparator: { $0 == "-" || $0 == "_" })
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Operation"
        return name.unicodeScalars.first?.isNameDigit == true ? "_" + name : name
    }

    /// Words cased by their meaning, not their spelling: `storeId` → `storeID`, `Url` → `URL`.
    public static let acronyms: Set<String> = [
        "api", "html", "http", "https", "id", "ip", "json", "pdf", "sdk", "ssl", "uri", "url", "uuid", "xml",
    ]

    /// Property and case names that the generated code cannot declare: words that backticks do
    /// not make usable as members (`self`, `init`), and members the generated types declare
    /// themselves (`description`, the `unrecognized(_:)` case of every one-of enum, …).
    public static let reservedMemberNames: Set<String> = [
        "self", "init", "deinit", "subscript", "super", "Self", "Type", "Protocol",
        "aliasPrefix", "customMirror", "debugDescription", "decodeMembers", "decodeWireObject", "description",
        "encode", "encodeModel", "grammarID", "hash", "hashValue", "hashWireForm", "newWireObject", "rawValue",
        "redactedDescription", "redactedMirror", "schemaObjectID", "unknownFields", "unrecognized", "validate",
        "wireFormEquals", "wireJSON", "wireObject", "write",
    ]

    /// Type names that the generated code cannot declare: the types of Swift and Foundation it
    /// names unqualified or that an app importing both modules would find ambiguous, and the
    /// types of the generated library's runtime. `Tests/InicisCodegenTests` fails when the
    /// emitters start naming a type that is missing here.
    public static let reservedTypeNames: Set<String> = [
        // Swift
        "Any", "AnyObject", "Array", "ArraySlice", "Bool", "CaseIterable", "Character", "ClosedRange", "Codable",
        "CodingKey", "Comparable", "Copyable", "CustomDebugStringConvertible", "CustomReflectable",
        "CustomStringConvertible", "Decodable", "Decoder", "DecodingError", "Dictionary", "Double", "Element",
        "Encodable", "Encoder", "EncodingError", "Equatable", "Error", "ExpressibleByArrayLiteral",
        "ExpressibleByBooleanLiteral", "ExpressibleByDictionaryLiteral", "ExpressibleByFloatLiteral",
        "ExpressibleByIntegerLiteral", "ExpressibleByNilLiteral", "ExpressibleByStringLiteral", "Float", "Hashable",
        "Hasher", "Identifiable", "Index", "Int", "Int64", "IteratorProtocol", "KeyedDecodingContainer", "Mirror",
        "Never", "Optional", "Protocol", "RandomAccessCollection", "RawRepresentable", "RawValue", "Result", "Self",
        "Sendable", "Sequence", "Set", "SingleValueDecodingContainer", "StaticString", "String", "Substring",
        "Type", "UInt32", "UInt64", "UInt8", "Unicode", "UnicodeScalarView", "UnsafeBufferPointer", "UTF8",
        "UTF8View", "Void",
        // Foundation
        "Calendar", "Data", "Date", "Decimal", "Foundation", "JSONDecoder", "JSONEncoder", "JSONSerialization",
        "Locale", "LocalizedError", "TimeZone", "URL", "UUID",
        // The generated library's runtime and nested types (all inside `Inicis`)
        "Body", "Bypass", "BypassGrammarReader", "BypassMatch", "BypassScanner", "Capture", "Children", "Code",
        "Component", "Condition", "ConditionSpec", "Contract", "DateTime", "DigitReader", "Enumeration", "EnumSpec",
        "Field", "FieldError", "FieldSet", "FieldSpec", "GeneratedModel", "GeneratedStruct", "GeneratedTables", "Grammar",
        "GrammarValue", "HexColor", "HTTPMethod", "IndexKey", "Inicis", "JSON", "JSONDocument", "JSONParser",
        "JSONSyntaxError", "Kind", "KoreanParticle", "Member", "MemberRank", "ModelWireForm", "NearestName", "Node",
        "Object", "ObjectSpec", "OneOrMore", "Operation", "OperationSpec", "Option", "Platform", "PortOneAPI",
        "QuotedText", "RedactedJSON", "Repeat", "Request", "RequestCatalog", "RequestValidator", "Requirement",
        "RequirementSpec", "RESTOperation", "RFC3339", "Rule", "RulePath", "RuleSpec", "Scalar", "SchemaTables",
        "SchemaTablesError", "SDKOperation", "Sensitivity", "Severity", "SyntaxError", "SyntaxPiece", "TableLinker",
        "TemporalFormat", "Test", "TextFormat", "TextFormats", "Token", "UnknownFields", "ValidationIssue",
        "ValidationMessages", "ValidationPath", "ValidationPathParser", "Value", "ValueSpec", "ValueType",
        "WireChecker", "WireEnum", "WireKey", "WireObject", "WireValue",
    ]

    /// lowerCamelCase, rules 1–4.
    private static func memberName(_ wire: String) -> String {
        let words = NameWords(wire)
        let name = words.isEmpty ? placeholder(for: wire) : words.words.indices.map { words.cased($0, leadingLowerCase: true) }.joined()
        return validated(name, reserved: reservedMemberNames)
    }

    /// Rules 3 and 4 on a name made of words.
    private static func validated(_ name: String, reserved: Set<String>) -> String {
        let leading = name.unicodeScalars.first?.isNameDigit == true ? "_" + name : name
        return reserved.contains(leading) ? leading + "_" : leading
    }

    /// A name for a key without letters or digits: `$` → `u24`, `$%` → `u24_25`, `` → `empty`.
    private static func placeholder(for wire: String) -> String {
        wire.isEmpty ? "empty" : "u" + wire.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: "_")
    }
}

/// A name split into words (rule 1), and each word cased (rule 2).
struct NameWords {
    let words: [String]
    /// No lower-case letter, and at least one letter: `KO_KR`, `SHINHAN_BANK`, `KRW`.
    let isUpperSnake: Bool

    var isEmpty: Bool { words.isEmpty }

    init(_ name: String) {
        words = Self.split(name)
        isUpperSnake = name.unicodeScalars.contains(where: \.isNameLetter) && !name.unicodeScalars.contains(where: \.isNameLowercase)
    }

    /// The word at `index`, cased for its place in a lowerCamel name (or an UpperCamel one).
    func cased(_ index: Int, leadingLowerCase: Bool) -> String {
        let word = words[index]
        let lower = word.lowercased()
        let isFirst = index == 0 && leadingLowerCase
        if let acronym = Self.acronymForm(lower) {
            return isFirst ? lower : acronym
        }
        if isFirst {
            // `URL` and `SHINHAN` read as one word, all lower case; `Store` only loses its capital.
            return isUpperSnake || word == word.uppercased() ? lower : word.lowercasingFirst
        }
        if isUpperSnake {
            // After the first word, two characters are a code (`KR`, `HK`), longer ones a word.
            return index > 0 && word.count == 2 ? word : lower.uppercasingFirst
        }
        return word.uppercasingFirst
    }

    /// `url` → `URL`, `urls` → `URLs`; nil for a word that is not an acronym.
    private static func acronymForm(_ lower: String) -> String? {
        if SwiftNaming.acronyms.contains(lower) { return lower.uppercased() }
        if lower.hasSuffix("s"), SwiftNaming.acronyms.contains(String(lower.dropLast())) { return lower.dropLast().uppercased() + "s" }
        return nil
    }

    /// Each word is a slice of the name's scalars, copied once.
    private static func split(_ name: String) -> [String] {
        let scalars = name.unicodeScalars
        var words: [String] = []
        var wordStart: String.Index?
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if !scalar.isNameCharacter {
                if let start = wordStart { words.append(String(Substring(scalars[start..<index]))) }
                wordStart = nil
            } else if let start = wordStart, startsWord(scalar, after: scalars[scalars.index(before: index)], following: scalars[next...]) {
                words.append(String(Substring(scalars[start..<index])))
                wordStart = index
            } else if wordStart == nil {
                wordStart = index
            }
            index = next
        }
        if let start = wordStart { words.append(String(Substring(scalars[start...]))) }
        return words
    }

    /// A capital after a lower-case letter or a digit starts a word; so does the last capital of a
    /// run when lower-case letters follow it, unless they are only a plural `s`.
    private static func startsWord(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar, following: Substring.UnicodeScalarView) -> Bool {
        guard scalar.isNameUppercase else { return false }
        if previous.isNameLowercase || previous.isNameDigit { return true }
        guard previous.isNameUppercase, let next = following.first, next.isNameLowercase else { return false }
        let lowerRun = following.prefix(while: \.isNameLowercase)
        return lowerRun.count != 1 || next != "s"
    }
}

extension Unicode.Scalar {
    /// An ASCII letter or digit, or a letter of another script that Swift accepts in identifiers
    /// (the identifier-head ranges of The Swift Programming Language, letters only).
    var isNameCharacter: Bool {
        isNameDigit || isNameLetter && (isASCII || Self.identifierHeadRanges.contains { $0.contains(value) })
    }

    // Letter case and digits, answered for ASCII without the Unicode property tables: the
    // loader names every field and enum value, and the tables' lookups were a tenth of a
    // regeneration.
    var isNameLetter: Bool { isASCII ? isASCIIUppercase || isASCIILowercase : properties.isAlphabetic }
    var isNameUppercase: Bool { isASCII ? isASCIIUppercase : properties.isUppercase }
    var isNameLowercase: Bool { isASCII ? isASCIILowercase : properties.isLowercase }
    var isNameDigit: Bool { isASCII ? (0x30...0x39).contains(value) : properties.numericType != nil }

    private var isASCIIUppercase: Bool { (0x41...0x5A).contains(value) }
    private var isASCIILowercase: Bool { (0x61...0x7A).contains(value) }

    private static let identifierHeadRanges: [ClosedRange<UInt32>] = [
        0xA8...0xA8, 0xAA...0xAA, 0xAD...0xAD, 0xAF...0xAF, 0xB2...0xB5, 0xB7...0xBA, 0xBC...0xBE, 0xC0...0xD6,
        0xD8...0xF6, 0xF8...0xFF, 0x100...0x2FF, 0x370...0x167F, 0x1681...0x180D, 0x180F...0x1DBF, 0x1E00...0x1FFF,
        0x2070...0x20CF, 0x2100...0x218F, 0x2460...0x24FF, 0x2776...0x2793, 0x2C00...0x2DFF, 0x2E80...0x2FFF,
        0x3004...0x3007, 0x3021...0x302F, 0x3031...0x303F, 0x3040...0xD7FF, 0xF900...0xFD3D, 0xFD40...0xFDCF,
        0xFDF0...0xFE1F, 0xFE30...0xFE44, 0xFE47...0xFFFD, 0x10000...0x1FFFD, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        0x40000...0x4FFFD, 0x50000...0x5FFFD, 0x60000...0x6FFFD, 0x70000...0x7FFFD, 0x80000...0x8FFFD,
        0x90000...0x9FFFD, 0xA0000...0xAFFFD, 0xB0000...0xBFFFD, 0xC0000...0xCFFFD, 0xD0000...0xDFFFD,
        0xE0000...0xEFFFD,
    ]
}

extension String {
    var uppercasingFirst: String {
        prefix(1).uppercased() + dropFirst()
    }

    var lowercasingFirst: String {
        prefix(1).lowercased() + dropFirst()
    }
}
