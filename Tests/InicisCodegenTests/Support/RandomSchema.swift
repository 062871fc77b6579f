import InicisSchema

/// A random schema in the schema language, written as XML text so that the XSD and the loader
/// read it as they read a maintainer's file.
///
/// It uses every construct: contracts; enums with alias prefixes and omitted values; SDK and REST
/// objects of both shapes whose fields are of every type, contain each other by value (without
/// cycles) and through arrays (themselves included); rules of every kind with conditions; bypass
/// grammars with literals, values of every kind and nested repetitions, with examples that follow
/// their syntax; SDK and REST operations with path parameters and example requests; pay-method
/// tables. Names are drawn from pools of what breaks generated code: Swift keywords, names the
/// generated code declares, hyphens, spaces, leading digits, other scripts, symbols only, the
/// empty key, and names that collide after case conversion. Texts are drawn from
/// `HostileText.tokens` and XML's own syntax, and go into every documentation and free-text
/// position.
///
/// Most schemas are valid; some are refused on purpose (a name that collides after case
/// conversion, a reserved `swift-name`, an object that holds itself by value): a refusal is
/// fine when every diagnostic points at an element's line.
struct RandomSchema {
    let seed: UInt64
    let xml: String
    /// The element whose start tag is on each line of `xml`.
    let elementLines: [Int: String]

    init(seed: UInt64) {
        self.seed = seed
        var builder = RandomSchemaBuilder(seed: seed)
        builder.plan()
        var writer = LineTrackingXMLWriter()
        builder.write(into: &writer)
        xml = writer.text + "\n"
        elementLines = writer.elementLines
    }
}

// MARK: - Pools

/// Names that have broken, or could break, generated code.
enum HostileNames {
    /// JSON keys: anything JSON allows that XML can carry.
    static let wireNames: [String] = Array(Set(SwiftIdentifier.keywords)).sorted() + [
        // Contextual keywords and other words with a meaning in Swift.
        "actor", "async", "some", "any", "none", "macro", "package", "get", "set", "willSet", "didSet", "lazy", "weak",
        "unowned", "mutating", "override", "final", "required", "optional", "convenience", "indirect", "dynamic",
        "prefix", "postfix", "infix", "each", "consume", "copy", "then", "_", "__", "Optional", "Swift", "Foundation",
        // Members and locals of the generated code.
        "description", "debugDescription", "hash", "hashValue", "encode", "decode", "from", "to", "CodingKeys",
        "codingKeys", "unknownFields", "validate", "jsonValue", "wireForm", "rawValue", "allCases", "id",
        "schemaObjectID", "customMirror", "write", "encodeModel", "wireFormEquals", "redactedDescription",
        "redactedMirror", "hashWireForm", "unrecognized", "aliasPrefix", "container", "encoder", "decoder", "value",
        "object", "document", "key", "keys", "text", "issues", "path", "platform", "contracts", "now", "parts", "body",
        "fields", "spec", "catalog", "tables", "result", "lhs", "rhs", "other", "hasher", "values", "members", "index",
        "element", "json", "data", "string", "Inicis", "self_", "init_", "u24", "empty", "_2nd", "pc", "mobile", "api",
        "typedPC", "typedMobile", "typedTypedPC", "grammarID", "rendered", "contract", "allKnown", "pathTemplate", "method",
        // Shapes.
        "", " ", "  padded ", "2nd", "1", "007", "-", "--", "$", "$x", "a-b", "a b", "a.b", "a/b", "a\\b",
        "q\"uote", "it's", "`tick`", "\\(x)", "#if", "@main", "가격", "상품 이름", "名前", "émoji😀", "👩‍👩‍👧", "e\u{301}",
        "\u{202E}rtl", "tab\there", "line\nbreak", "cr\rlf", "Ⅻ", "١٢٣", "²", "ǅ", "ß", "İx", "ﬁle", "Self", "SELF",
        "TYPE", "Type_", "<b>", "a|b", "&amp;", "]]>",
        // Names that collide after case conversion.
        "storeId", "store_id", "StoreID", "store-id", "STORE_ID", "url", "URL", "Url", "a1", "a_1", "A1", "ids", "IDs",
    ]

    /// `swift-name` values, function names, grammar value and repetition names (`[A-Za-z_][A-Za-z0-9_]*`).
    static let swiftNames: [String] = [
        "self", "Self", "init", "Type", "Protocol", "default", "in", "is", "as", "do", "for", "none", "some", "any",
        "_x", "__", "x_", "_1", "value", "values", "text", "rendered", "key", "description", "hashValue", "rawValue",
        "a", "A", "requestPayment", "requestSelf", "request_payment", "RequestPayment", "cardCode", "card_code",
        "month", "months", "string", "int", "url", "Url", "URL", "items", "plans", "s", "_s", "parts", "option",
        "options", "pc", "mobile", "api", "body", "path", "id", "CodingKeys", "unrecognized", "unknownFields",
    ]

    /// Type ids (`[A-Z][A-Za-z0-9]*`).
    static let typeIDs: [String] = [
        "Type", "Self", "Protocol", "String", "Value", "Inicis", "Any", "Codable", "Optional", "Array", "Never",
        "Error", "Result", "Bool", "Int", "Data", "Date", "URL", "JSON", "Object", "Field", "Token", "Platform",
        "Contract", "Operation", "Bypass", "Option", "Request", "CodingKeys", "Key", "Keys", "Wire", "Catalog",
        "GeneratedTables", "Tables", "PaymentOperation", "SDKOperation", "RESTOperation", "PC", "Mobile", "API",
        "HexColor", "OneOrMore", "Element", "Index", "Iterator", "Sendable", "Hashable", "Equatable", "Encoder",
        "Decoder", "Mirror", "Character", "Substring", "Foundation", "Swift", "Dictionary", "Set", "Double", "Float",
        "UInt", "Int8", "Void", "AnyObject", "AnyHashable", "Unknown", "Unrecognized", "Description", "Locale",
        "Calendar", "TimeZone", "Test", "A", "B", "X1", "URLs", "Urls", "Customer", "Customer2", "Some", "None",
    ]

    /// Kebab ids: contracts, grammars, tokens, operations, rules, examples, tables (`[a-z][a-z0-9]*(-[a-z0-9]+)*`).
    static let kebabIDs: [String] = [
        "self", "init", "default", "type", "protocol", "description", "hash-value", "none", "some", "unknown",
        "unrecognized", "raw-value", "all-cases", "x-1", "x1", "a", "b-2", "s-d-k", "r-e-s-t", "sdk", "rest", "api",
        "pc", "mobile", "operation", "payment", "request-payment", "in", "is", "as", "do", "for", "if", "id", "a1-b2",
        "p-card-option", "codable", "string", "json", "option", "value", "bypass", "platform", "contract", "int",
        "bool", "u24", "true", "false", "nil", "catalog", "generated-tables", "all-known", "grammar-id", "rendered",
        "readme", "contracts", "requiredness", "differences",
    ]

    /// Enum wire values (`[A-Za-z0-9_\-]+`).
    static let enumWires: [String] = [
        "self", "init", "Type", "Self", "UNKNOWN", "unknown", "unrecognized", "none", "NONE", "some", "default", "in",
        "1m", "007", "-", "_", "__", "-x-", "a-b", "A_B", "a_b", "AB", "ab", "Ab", "rawValue", "RAW_VALUE",
        "allCases", "description", "DESCRIPTION", "hashValue", "KO_KR", "ko_KR", "x1", "X_1", "CURRENCY_KRW", "KRW",
        "true", "false", "nil", "null", "Protocol", "some_thing",
    ]

    /// Path segments of REST paths (`[A-Za-z0-9_\-]+`).
    static let pathSegments = ["payments", "-", "_", "1", "a-b", "A_B", "v2", "self", "%", "x"].filter { $0 != "%" }

    /// Short texts for `xs:token` positions that pages show (expectations, table rows): no white space.
    static let tokens = ["a|b", "`x`", "``", "<b>", "&", "*x*", "_x_", "\\", "\\|", "[l](x)", "#", "-", "ok", "가", "\"", "'", "$x", "a.b[0]"]

    /// Literals and separators of grammars: anything but letters and digits that a value could swallow.
    static let literals = ["(", ")", "=", "=Y", "^", ":", "-", "|", "\"", "\\", "`", "*/", "\\(", "<", "&", " ", "가", "SKIN(", "x=", "\u{202E}", "👩‍👩‍👧", "]]>", "%@", "{{", "}}"]
}

// MARK: - Plan

private indirect enum PlannedType {
    case scalar(String)
    case enumeration(Int)
    case object(Int)
    case oneOf(Int)
    case array(PlannedType)
}

private struct PlannedField {
    var name: String
    var swiftName: String?
    var type: PlannedType
    var requirements: [(platform: String, value: String)] = []
    var contract: String?
    var grammar: String?
    var removed = false
    var secret = false
    var personal = false
}

private enum Group: CaseIterable {
    case sdk, rest, unreached

    var platforms: [String] {
        switch self {
        case .sdk: ["pc", "mobile"]
        case .rest: ["api"]
        case .unreached: ["pc", "mobile", "api"]
        }
    }
}

private struct PlannedObject {
    var id: String
    var swiftName: String?
    var isOneOf: Bool
    var group: Group
    var fields: [PlannedField] = []
    var omissions: [String] = []
    var rules: [PlannedRule] = []
}

private struct PlannedEnum {
    var id: String
    var swiftName: String?
    var aliasPrefix: String?
    var values: [(wire: String, swiftName: String?, inicis: String?)]
    var omissions: [String]
}

private struct PlannedRule {
    var element: String
    var attributes: LineTrackingXMLWriter.Attributes
    var conditions: [LineTrackingXMLWriter.Attributes]
    var source: String
    var message: String?
}

private indirect enum SyntaxPiece {
    case literal(String)
    case value(name: String, label: String?, kind: ValueKind)
    case repetition(name: String, separator: String, pieces: [SyntaxPiece])
}

private enum ValueKind {
    case hexColor
    case digits(Int)
    case integer(Int?, Int?)
    case enumeration(Int)
}

private struct PlannedToken {
    var id: String
    var swiftName: String?
    var contract: String?
    var syntax: [SyntaxPiece]
    var examples: [String]
}

private struct PlannedGrammar {
    var id: String
    var swiftName: String?
    var platform: String?
    var tokens: [PlannedToken]
}

private struct PlannedExample {
    var id: String
    var platform: String
    var json: String
    var expectations: [(path: String, code: String, severity: String)]
}

private struct PlannedOperation {
    var id: String
    var group: Group
    var function: String?
    var method: String?
    var path: String?
    var pathParameters: [PlannedField]
    var body: Int
    var rules: [PlannedRule] = []
    var examples: [PlannedExample] = []
}

private struct PlannedTable {
    var id: String
    var title: String
    var parameter: String
    var operations: [String]
    var rows: [(value: String, label: String)]
}

// MARK: - Builder

private struct RandomSchemaBuilder {
    var random: SplitMix64
    var contracts: [String] = []
    var enums: [PlannedEnum] = []
    var objects: [PlannedObject] = []
    var grammars: [PlannedGrammar] = []
    var operations: [PlannedOperation] = []
    var tables: [PlannedTable] = []
    /// Ids used so far in each id space, so that most draws are unique.
    var usedTypeIDs: Set<String> = []
    var usedKebab: [String: Set<String>] = [:]
    /// The kind of each grammar value type (by Swift type name), so that values that share a type agree.
    var valueKinds: [String: ValueKind] = [:]
    var exampleCount = 0

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    // MARK: Names

    /// A name from `pool` (`hostile` of the draws), a plain word otherwise.
    mutating func name(from pool: [String], hostile: Double, capitalised: Bool = false) -> String {
        random.chance(hostile) ? random.pick(pool) : plainWord(capitalised: capitalised)
    }

    mutating func plainWord(capitalised: Bool) -> String {
        let syllables = ["ka", "ro", "mi", "ten", "sa", "lu", "vo", "nex", "pi", "da"]
        var word = (0..<random.int(1...3)).map { _ in random.pick(syllables) }.joined()
        word += String(random.int(0...99))
        return capitalised ? word.prefix(1).uppercased() + word.dropFirst() : word
    }

    mutating func typeID() -> String {
        for _ in 0..<20 {
            let id = name(from: HostileNames.typeIDs, hostile: 0.4, capitalised: true)
            if usedTypeIDs.insert(id).inserted { return id }
        }
        let id = plainWord(capitalised: true) + "Z\(usedTypeIDs.count)"
        usedTypeIDs.insert(id)
        return id
    }

    mutating func kebabID(_ space: String) -> String {
        for _ in 0..<20 {
            let id = name(from: HostileNames.kebabIDs, hostile: 0.5)
            if usedKebab[space, default: []].insert(id).inserted { return id }
        }
        let id = "z\(usedKebab[space, default: []].count)-" + plainWord(capitalised: false)
        usedKebab[space, default: []].insert(id)
        return id
    }

    /// A `swift-name` now and then (a reserved one is refused by the checker, on purpose).
    mutating func maybeSwiftName(_ probability: Double = 0.06) -> String? {
        random.chance(probability) ? random.pick(HostileNames.swiftNames) : nil
    }

    /// Text for documentation and other free-text positions.
    mutating func text() -> String {
        if random.chance(0.03) { return random.pick([" ", "\n", "\t \n "]) }
        var pieces: [String] = []
        let count = random.chance(0.05) ? random.int(100...200) : random.int(1...7)
        for index in 0..<count {
            if index > 0 { pieces.append(random.chance(0.15) ? random.pick(HostileText.lineBreaks) : " ") }
            pieces.append(random.chance(0.7) ? random.pick(HostileText.tokens + Self.xmlTokens) : plainWord(capitalised: random.chance(0.3)))
        }
        return pieces.joined()
    }

    static let xmlTokens = ["]]>", "<![CDATA[", "&#x41;", "&nbsp;", "<!-- c -->", "<?pi?>", "\t", "  ", "&lt;", "\"'"]

    // MARK: Plan

    mutating func plan() {
        for _ in 0..<random.int(0...3) {
            contracts.append(kebabID("contract"))
        }
        for _ in 0..<random.int(1...4) {
            enums.append(plannedEnum())
        }
        var groups: [Group] = Array(repeating: .sdk, count: random.int(2...5)) + Array(repeating: .rest, count: random.int(1...4))
        if random.chance(0.2) { groups.append(.unreached) }
        for group in groups {
            objects.append(PlannedObject(id: typeID(), swiftName: maybeSwiftName(0.03), isOneOf: random.chance(0.25), group: group))
        }
        for _ in 0..<random.int(0...3) {
            grammars.append(plannedGrammar())
        }
        for index in objects.indices {
            objects[index].fields = plannedFields(of: index)
            if random.chance(0.15) {
                let names = Set(objects[index].fields.map(\.name))
                objects[index].omissions = Array(Set((0..<random.int(1...2)).map { _ in random.pick(HostileNames.wireNames) })).sorted().filter { !names.contains($0) }
            }
        }
        planOperations()
        for index in objects.indices where random.chance(0.4) {
            var ids: Set<String> = []
            let platforms = objects[index].group == .unreached ? [] : objects[index].group.platforms
            objects[index].rules = (0..<random.int(1...3)).compactMap { _ in rule(from: index, platforms: platforms, ids: &ids) }
        }
        for index in operations.indices {
            var ids: Set<String> = []
            if random.chance(0.5) {
                operations[index].rules = (0..<random.int(1...3)).compactMap { _ in rule(from: operations[index].body, platforms: operations[index].group.platforms, ids: &ids) }
            }
            operations[index].examples = (0..<random.int(0...3)).map { _ in example(for: operations[index]) }
        }
        if random.chance(0.6) {
            table().map { tables.append($0) }
        }
    }

    mutating func plannedEnum() -> PlannedEnum {
        var wires: [String] = []
        for _ in 0..<random.int(1...6) {
            let wire = random.chance(0.5) ? random.pick(HostileNames.enumWires) : plainWord(capitalised: false).uppercased()
            if !wires.contains(wire) { wires.append(wire) }
        }
        let omissions = random.chance(0.2) ? [random.pick(HostileNames.enumWires) + "_OMITTED"] : []
        return PlannedEnum(
            id: typeID(),
            swiftName: maybeSwiftName(0.03),
            aliasPrefix: random.chance(0.3) ? random.pick(["CURRENCY", "X", "_", "A_B", "self", "Type"]) : nil,
            values: wires.map { ($0, maybeSwiftName(0.03), random.chance(0.5) ? random.pick(["supported", "unsupported", "unspecified"]) : nil) },
            omissions: omissions
        )
    }

    mutating func plannedFields(of index: Int) -> [PlannedField] {
        let object = objects[index]
        var fields: [PlannedField] = []
        for _ in 0..<random.int(1...7) {
            let wire = name(from: HostileNames.wireNames, hostile: 0.45)
            guard !fields.contains(where: { $0.name == wire }) else { continue }
            var field = PlannedField(name: wire, swiftName: maybeSwiftName(0.02), type: fieldType(in: index))
            for platform in object.group.platforms where object.group != .unreached && random.chance(0.5) {
                field.requirements.append((platform, random.pick(["required", "conditional", "optional", "ignored", "unsupported"])))
            }
            if !contracts.isEmpty, random.chance(0.1) { field.contract = random.pick(contracts) }
            if !grammars.isEmpty, random.chance(0.5) {
                switch field.type {
                case .scalar("string"), .array(.scalar("string")): field.grammar = random.pick(grammars).id
                default: break
                }
            }
            field.removed = random.chance(0.05)
            field.secret = random.chance(0.1)
            field.personal = random.chance(0.1)
            fields.append(field)
        }
        return fields
    }

    /// A field's type; objects are held by value only when they come later in the same group
    /// (no cycles), except now and then, when the checker must refuse the cycle.
    mutating func fieldType(in index: Int) -> PlannedType {
        let group = objects[index].group
        let sameGroup = objects.indices.filter { objects[$0].group == group }
        let later = sameGroup.filter { $0 > index || random.chance(0.01) }
        switch random.int(0...99) {
        case 0..<18: return .scalar("string")
        case 18..<28: return .scalar("integer")
        case 28..<35: return .scalar("boolean")
        case 35..<42: return .scalar("date-time")
        case 42..<47: return .scalar("json")
        case 47..<62: return .enumeration(random.int(0...(enums.count - 1)))
        case 62..<72:
            let structures = later.filter { !objects[$0].isOneOf }
            return structures.isEmpty ? .scalar("string") : .object(random.pick(structures))
        case 72..<80:
            let oneOfs = later.filter { objects[$0].isOneOf }
            return oneOfs.isEmpty ? .scalar("string") : .oneOf(random.pick(oneOfs))
        default:
            switch random.int(0...3) {
            case 0: return .array(.scalar(random.pick(["string", "integer", "boolean", "date-time", "json"])))
            case 1: return .array(.enumeration(random.int(0...(enums.count - 1))))
            default:
                let target = random.pick(sameGroup)
                return .array(objects[target].isOneOf ? .oneOf(target) : .object(target))
            }
        }
    }

    mutating func plannedGrammar() -> PlannedGrammar {
        let id = kebabID("grammar")
        var tokens: [PlannedToken] = []
        for _ in 0..<random.int(1...4) {
            let syntax = self.syntax(depth: 0)
            let examples = (0..<random.int(0...2)).map { _ in example(of: syntax) }
            tokens.append(PlannedToken(
                id: kebabID("token-\(id)"),
                swiftName: maybeSwiftName(0.05),
                contract: !contracts.isEmpty && random.chance(0.2) ? random.pick(contracts) : nil,
                syntax: syntax,
                examples: examples
            ))
        }
        return PlannedGrammar(id: id, swiftName: maybeSwiftName(0.03), platform: random.chance(0.7) ? random.pick(["pc", "mobile", "api"]) : nil, tokens: tokens)
    }

    /// Literals alternate with holes, so that a reader always knows where a value ends.
    mutating func syntax(depth: Int) -> [SyntaxPiece] {
        var pieces: [SyntaxPiece] = []
        var names: Set<String> = []
        if depth == 0 || random.chance(0.5) { pieces.append(.literal(literal())) }
        // A repetition holds a value (the checker refuses one of fixed text), now and then not.
        let holes = depth == 0 ? random.int(0...2) : (random.chance(0.97) ? 1 : 0)
        for _ in 0..<holes {
            var holeName = random.chance(0.15) ? random.pick(HostileNames.swiftNames) : plainWord(capitalised: false)
            if names.contains(holeName) { holeName += "\(names.count)" }
            names.insert(holeName)
            if depth < 2, random.chance(0.3) {
                let separator = literal()
                pieces.append(.repetition(name: holeName, separator: separator, pieces: syntax(depth: depth + 1)))
                // The reader takes the separator greedily: what follows the repetition must not start like it.
                var next = literal()
                while next.hasPrefix(separator) || separator.hasPrefix(next) { next = literal() }
                pieces.append(.literal(next))
            } else {
                pieces.append(.value(name: holeName, label: random.chance(0.5) ? text() : nil, kind: valueKind(named: holeName)))
                pieces.append(.literal(literal()))
            }
        }
        if pieces.isEmpty { pieces.append(.literal(literal())) }
        return pieces
    }

    mutating func literal() -> String {
        random.chance(0.5) ? random.pick(HostileNames.literals) : random.pick(HostileNames.literals) + random.pick(HostileNames.literals)
    }

    /// Values of one name share a Swift type, so they keep the kind the name first had.
    mutating func valueKind(named name: String) -> ValueKind {
        let kind: ValueKind = switch random.int(0...3) {
        case 0: .hexColor
        case 1: .digits(random.int(1...4))
        case 2: .integer(random.chance(0.7) ? random.pick([0, 1, 2, -5, Int.min]) : nil, random.chance(0.7) ? random.pick([9, 36, 100, Int.max]) : nil)
        default: .enumeration(random.int(0...(enums.count - 1)))
        }
        switch kind {
        case .digits, .integer:
            let typeName = SwiftNaming.typeName(id: name)
            if let earlier = valueKinds[typeName] { return earlier }
            valueKinds[typeName] = kind
            return kind
        case .hexColor, .enumeration:
            return kind
        }
    }

    /// A string that follows `syntax`.
    mutating func example(of syntax: [SyntaxPiece]) -> String {
        syntax.map { piece -> String in
            switch piece {
            case .literal(let text):
                return text
            case .value(_, _, let kind):
                return value(of: kind)
            case .repetition(_, let separator, let pieces):
                return (0..<random.int(1...3)).map { _ in example(of: pieces) }.joined(separator: separator)
            }
        }.joined()
    }

    mutating func value(of kind: ValueKind) -> String {
        switch kind {
        case .hexColor:
            return "#" + String((0..<6).map { _ in random.pick(Array("0123456789abcdefABCDEF")) })
        case .digits(let length):
            return String((0..<length).map { _ in random.pick(Array("0123456789")) })
        case .integer(let minimum, let maximum):
            // The reader takes digits only: no sign.
            let low = max(minimum ?? 0, 0)
            let high = min(maximum ?? 1000, 1000)
            return String(low <= high ? random.int(low...high) : low)
        case .enumeration(let index):
            // The longest value that starts the text is read: pick one no other value extends.
            let wires = enums[index].values.map(\.wire)
            let longest = wires.filter { wire in !wires.contains { $0 != wire && $0.hasPrefix(wire) } }
            return random.pick(longest)
        }
    }

    mutating func planOperations() {
        for group in [Group.sdk, .rest] {
            let candidates = objects.indices.filter { objects[$0].group == group && (!objects[$0].isOneOf || random.chance(0.1)) }
            guard !candidates.isEmpty else { continue }
            // The first object of the group is a body, so that the group is used.
            var bodies = [candidates[0]]
            for _ in 0..<random.int(0...2) { bodies.append(random.pick(candidates)) }
            for body in bodies {
                operations.append(group == .sdk ? sdkOperation(body: body) : restOperation(body: body))
            }
        }
    }

    mutating func sdkOperation(body: Int) -> PlannedOperation {
        let function = random.chance(0.5) ? random.pick(HostileNames.swiftNames) : "request" + plainWord(capitalised: true)
        return PlannedOperation(id: kebabID("operation"), group: .sdk, function: function, pathParameters: [], body: body)
    }

    mutating func restOperation(body: Int) -> PlannedOperation {
        var segments: [String] = []
        var parameters: [PlannedField] = []
        for _ in 0..<random.int(1...4) {
            if random.chance(0.4) {
                var name = random.chance(0.6) ? random.pick(HostileNames.swiftNames) : plainWord(capitalised: false)
                if parameters.contains(where: { $0.name == name }) { name += "\(parameters.count)" }
                var parameter = PlannedField(name: name, swiftName: maybeSwiftName(0.05), type: .scalar("string"))
                if random.chance(0.3) { parameter.requirements = [("api", random.pick(["required", "optional"]))] }
                parameters.append(parameter)
                segments.append("{\(name)}")
            } else {
                segments.append(random.chance(0.5) ? random.pick(HostileNames.pathSegments) : plainWord(capitalised: false))
            }
        }
        return PlannedOperation(
            id: kebabID("operation"), group: .rest, method: random.pick(["GET", "POST", "PUT", "PATCH", "DELETE"]),
            path: "/" + segments.joined(separator: "/"), pathParameters: parameters, body: body
        )
    }

    // MARK: Rules

    /// Rule paths from an object, with the field each ends at: fields whose wire names a path
    /// can spell, two levels deep.
    func paths(from index: Int, depth: Int = 0) -> [(path: String, field: PlannedField)] {
        var result: [(String, PlannedField)] = []
        for field in objects[index].fields where Self.isPathSegment(field.name) {
            result.append((field.name, field))
            guard depth < 1 else { continue }
            var type = field.type
            if case .array(let element) = type { type = element }
            switch type {
            case .object(let next), .oneOf(let next):
                result += paths(from: next, depth: depth + 1).map { (field.name + "." + $0.path, $0.field) }
            default:
                break
            }
        }
        return result
    }

    static func isPathSegment(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    static func elementType(_ type: PlannedType) -> PlannedType {
        if case .array(let element) = type { return element }
        return type
    }

    mutating func rule(from index: Int, platforms: [String], ids: inout Set<String>) -> PlannedRule? {
        let paths = paths(from: index)
        guard !paths.isEmpty else { return nil }
        var id = random.chance(0.5) ? random.pick(HostileNames.kebabIDs) : plainWord(capitalised: false)
        if !ids.insert(id).inserted { id += "-\(ids.count)"; ids.insert(id) }
        var attributes: LineTrackingXMLWriter.Attributes = [("id", id)]
        if !platforms.isEmpty, random.chance(0.3) {
            attributes.append(("platforms", random.sample(platforms, count: random.int(1...platforms.count)).joined(separator: " ")))
        }
        let element: String
        let (path, field) = random.pick(paths)
        let type = Self.elementType(field.type)
        switch random.int(0...9) {
        case 0:
            element = "require"
            attributes.append(("path", path))
        case 1:
            element = "forbid"
            attributes.append(("path", path))
        case 2:
            element = "exactly-one"
            attributes.append(("paths", random.sample(paths.map(\.path), count: min(paths.count, random.int(1...3))).joined(separator: " ")))
        case 3:
            guard paths.count >= 2 else { return nil }
            element = "required-group"
            let chosen = random.sample(paths.map(\.path), count: min(paths.count, random.int(2...4)))
            let split = random.int(1...(chosen.count - 1))
            attributes.append(("alternatives", chosen[..<split].joined(separator: " ") + " | " + chosen[split...].joined(separator: " ")))
        case 4:
            element = "allowed-values"
            attributes.append(("path", path))
            attributes.append(("values", values(for: type).joined(separator: " ")))
        case 5:
            guard case .scalar(let scalar) = type, ["string", "date-time"].contains(scalar) else { return nil }
            element = "format"
            let format = random.pick(["ascii-printable", "digits", "hex-color", "date-time", "two-digit-month", "two-digit-year", "characters"])
            attributes += [("path", path), ("format", format)]
            if format == "characters" { attributes.append(("characters", random.chance(0.5) ? "A-Za-z0-9@." : text())) }
        case 6:
            guard case .scalar("integer") = type else { return nil }
            element = "range"
            let bounds = [Int.min, -1, 0, 1, 12, Int.max]
            let minimum = random.chance(0.7) ? random.pick(bounds) : nil
            var maximum = random.chance(0.7) || minimum == nil ? random.pick(bounds) : nil
            if let low = minimum, let high = maximum, low > high { maximum = low }
            attributes += [("path", path), ("min", minimum.map(String.init)), ("max", maximum.map(String.init))]
        case 7:
            let times = paths.filter { if case .scalar(let scalar) = $0.field.type { ["string", "date-time"].contains(scalar) } else { false } }
            guard times.count >= 2 else { return nil }
            let pair = random.sample(times, count: 2)
            element = "order"
            attributes += [("earlier", pair[0].path), ("later", pair[1].path)]
        case 8:
            guard case .scalar(let scalar) = field.type, ["string", "date-time"].contains(scalar) else { return nil }
            element = "future"
            attributes += [("path", path), ("format", scalar == "string" && random.chance(0.5) ? "two-digit-year" : nil)]
        default:
            guard !contracts.isEmpty else { return nil }
            element = "needs-contract"
            attributes += [("path", path), ("contract", random.pick(contracts))]
        }
        var conditions: [LineTrackingXMLWriter.Attributes] = []
        for _ in 0..<random.int(0...2) {
            let (conditionPath, conditionField) = random.pick(paths)
            let conditionType = Self.elementType(conditionField.type)
            switch random.int(0...5) {
            case 0: conditions.append([("path", conditionPath), ("test", "present")])
            case 1: conditions.append([("path", conditionPath), ("test", "absent")])
            case 2: conditions.append([("path", conditionPath), ("test", "equals"), ("value", values(for: conditionType)[0])])
            case 3: conditions.append([("path", conditionPath), ("test", "not-equals"), ("value", values(for: conditionType)[0])])
            case 4: conditions.append([("path", conditionPath), ("test", "in"), ("value", values(for: conditionType).joined(separator: " "))])
            default: conditions.append([("path", conditionPath), ("test", "not-in"), ("value", values(for: conditionType).joined(separator: " "))])
            }
        }
        return PlannedRule(element: element, attributes: attributes, conditions: conditions, source: text(), message: random.chance(0.5) ? text() : nil)
    }

    /// Values a field of this type can have, for allowed-values and conditions (`xs:token` items).
    mutating func values(for type: PlannedType) -> [String] {
        switch type {
        case .enumeration(let index):
            let wires = enums[index].values.map(\.wire)
            return random.sample(wires, count: random.int(1...wires.count))
        case .scalar("boolean"):
            return random.sample(["true", "false"], count: random.int(1...2))
        case .scalar("integer"):
            return random.sample(["0", "-1", "12", "9223372036854775807", "-9223372036854775808"], count: random.int(1...3))
        default:
            return random.sample(HostileNames.tokens + ["x"], count: random.int(1...3))
        }
    }

    // MARK: Examples and tables

    mutating func example(for operation: PlannedOperation) -> PlannedExample {
        exampleCount += 1
        var id = kebabID("example")
        if random.chance(0.5) { id += "-\(exampleCount)" }
        let fields = objects[operation.body].fields
        var members: [String] = []
        for _ in 0..<random.int(0...4) {
            let key = !fields.isEmpty && random.chance(0.7) ? random.pick(fields).name : random.pick(HostileNames.wireNames)
            members.append(Self.jsonString(key) + ": " + jsonValue(depth: 0))
        }
        let json = random.chance(0.5) ? "{" + members.joined(separator: ", ") + "}" : "{\n  " + members.joined(separator: ",\n  ") + "\n}"
        let expectations = (0..<random.int(0...2)).map { _ in
            (random.pick(HostileNames.tokens), random.pick(HostileNames.tokens + ["missing-required"]), random.pick(["error", "warning"]))
        }
        return PlannedExample(id: id, platform: random.pick(operation.group.platforms), json: json, expectations: expectations)
    }

    mutating func jsonValue(depth: Int) -> String {
        switch random.int(0...(depth < 2 ? 6 : 4)) {
        case 0: return Self.jsonString(text())
        case 1: return random.pick(["0", "-1", "1e3", "12.5", "9223372036854775807"])
        case 2: return random.pick(["true", "false", "null"])
        case 3: return Self.jsonString(random.pick(HostileNames.enumWires))
        case 4: return Self.jsonString(random.pick(HostileText.tokens))
        case 5: return "[" + (0..<random.int(0...2)).map { _ in jsonValue(depth: depth + 1) }.joined(separator: ", ") + "]"
        default:
            return "{" + (0..<random.int(0...2)).map { _ in Self.jsonString(random.pick(HostileNames.wireNames)) + ": " + jsonValue(depth: depth + 1) }.joined(separator: ", ") + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A table of a top-level field of one operation's body: an enum's values, or free tokens.
    mutating func table() -> PlannedTable? {
        guard !operations.isEmpty else { return nil }
        let operation = random.pick(operations)
        let candidates = objects[operation.body].fields.filter { Self.isPathSegment($0.name) }
        guard !candidates.isEmpty else { return nil }
        let field = candidates.first { if case .enumeration = Self.elementType($0.type) { true } else { false } } ?? random.pick(candidates)
        var values: [String]
        if case .enumeration(let index) = Self.elementType(field.type) {
            let wires = enums[index].values.map(\.wire)
            values = random.sample(wires, count: random.int(1...wires.count))
        } else {
            values = random.sample(HostileNames.tokens, count: random.int(1...4))
        }
        let sharing = operations.filter { $0.body == operation.body }.map(\.id)
        return PlannedTable(
            id: kebabID("table"), title: text(), parameter: field.name, operations: sharing,
            rows: values.map { ($0, text()) }
        )
    }

    // MARK: Writing

    mutating func documentation(into writer: inout LineTrackingXMLWriter, rich: Bool = true) {
        guard rich || random.chance(0.5) else { return }
        if random.chance(0.7) { writer.leaf("summary", text: text()) }
        if random.chance(0.4) { writer.leaf("description", text: text()) }
        for _ in 0..<(random.chance(0.3) ? random.int(1...2) : 0) { writer.leaf("note", text: text()) }
        if random.chance(0.15) { writer.leaf("difference", [("guide", text()), ("wire", text())], text: text()) }
    }

    mutating func write(into writer: inout LineTrackingXMLWriter) {
        writer.open("schema", [("xmlns", "urn:inicis-codegen:schema:1"), ("version", "1")])
        writer.leaf("title", text: text())
        documentation(into: &writer)
        if !contracts.isEmpty {
            writer.open("contracts")
            for contract in contracts {
                writer.open("contract", [("id", contract)])
                writer.leaf("name", text: text())
                documentation(into: &writer, rich: false)
                writer.close("contract")
            }
            writer.close("contracts")
        }
        writer.open("enums")
        for enumType in enums {
            writer.open("enum", [("id", enumType.id), ("swift-name", enumType.swiftName), ("alias-prefix", enumType.aliasPrefix)])
            documentation(into: &writer, rich: false)
            for value in enumType.values {
                writer.open("value", [("wire", value.wire), ("swift-name", value.swiftName), ("inicis", value.inicis)])
                documentation(into: &writer, rich: false)
                writer.close("value")
            }
            for omission in enumType.omissions {
                writer.empty("omitted", [("value", omission), ("reason", text())])
            }
            writer.close("enum")
        }
        writer.close("enums")
        writer.open("objects")
        for object in objects {
            writer.open("object", [("id", object.id), ("swift-name", object.swiftName), ("shape", object.isOneOf ? "one-of" : nil)])
            documentation(into: &writer, rich: false)
            for field in object.fields {
                write(field, element: "field", into: &writer)
            }
            for omission in object.omissions {
                writer.empty("omitted", [("name", omission), ("reason", text())])
            }
            write(object.rules, into: &writer)
            writer.close("object")
        }
        writer.close("objects")
        if !grammars.isEmpty {
            writer.open("grammars")
            for grammar in grammars {
                writer.open("grammar", [("id", grammar.id), ("swift-name", grammar.swiftName), ("platform", grammar.platform)])
                documentation(into: &writer, rich: false)
                for token in grammar.tokens {
                    writer.open("token", [("id", token.id), ("swift-name", token.swiftName), ("contract", token.contract)])
                    documentation(into: &writer, rich: false)
                    writer.open("syntax")
                    write(token.syntax, into: &writer)
                    writer.close("syntax")
                    for example in token.examples {
                        writer.leaf("example", text: example)
                    }
                    writer.close("token")
                }
                writer.close("grammar")
            }
            writer.close("grammars")
        }
        writer.open("operations")
        for operation in operations {
            writer.open("operation", [
                ("id", operation.id), ("kind", operation.group == .sdk ? "sdk" : "rest"), ("function", operation.function),
                ("method", operation.method), ("path", operation.path), ("body", objects[operation.body].id),
            ])
            documentation(into: &writer)
            for parameter in operation.pathParameters {
                write(parameter, element: "path-parameter", into: &writer)
            }
            write(operation.rules, into: &writer)
            if !operation.examples.isEmpty {
                writer.open("examples")
                for example in operation.examples {
                    writer.open("example", [("id", example.id), ("platform", example.platform)])
                    documentation(into: &writer, rich: false)
                    writer.leaf("json", text: example.json)
                    for expectation in example.expectations {
                        writer.empty("expect", [("path", expectation.path), ("code", expectation.code), ("severity", expectation.severity)])
                    }
                    writer.close("example")
                }
                writer.close("examples")
            }
            writer.close("operation")
        }
        writer.close("operations")
        if !tables.isEmpty {
            writer.open("pay-method-tables")
            for table in tables {
                writer.open("table", [("id", table.id), ("title", table.title), ("parameter", table.parameter), ("operations", table.operations.joined(separator: " "))])
                documentation(into: &writer, rich: false)
                for row in table.rows {
                    writer.leaf("row", [("value", row.value)], text: row.label)
                }
                writer.close("table")
            }
            writer.close("pay-method-tables")
        }
        writer.close("schema")
    }

    mutating func write(_ field: PlannedField, element: String, into writer: inout LineTrackingXMLWriter) {
        var type = field.type
        var items: String?
        if case .array(let element) = type {
            type = element
            items = Self.typeName(element)
        }
        var ref: String?
        switch type {
        case .enumeration(let index): ref = enums[index].id
        case .object(let index), .oneOf(let index): ref = objects[index].id
        default: break
        }
        var attributes: LineTrackingXMLWriter.Attributes = [
            ("name", field.name), ("swift-name", field.swiftName), ("type", items == nil ? Self.typeName(type) : "array"), ("items", items), ("ref", ref),
        ]
        attributes += field.requirements.map { ($0.platform, $0.value) }
        attributes += [
            ("contract", field.contract), ("grammar", field.grammar), ("removed", field.removed ? "true" : nil),
            ("secret", field.secret ? "true" : nil), ("personal", field.personal ? "true" : nil),
        ]
        if random.chance(0.4) {
            writer.open(element, attributes)
            documentation(into: &writer)
            writer.close(element)
        } else {
            writer.empty(element, attributes)
        }
    }

    static func typeName(_ type: PlannedType) -> String {
        switch type {
        case .scalar(let name): name
        case .enumeration: "enum"
        case .object: "object"
        case .oneOf: "one-of"
        case .array: "array"
        }
    }

    mutating func write(_ rules: [PlannedRule], into writer: inout LineTrackingXMLWriter) {
        guard !rules.isEmpty else { return }
        writer.open("rules")
        for rule in rules {
            writer.open(rule.element, rule.attributes)
            for condition in rule.conditions {
                writer.empty("when", condition)
            }
            writer.leaf("source", text: rule.source)
            if let message = rule.message { writer.leaf("message", text: message) }
            writer.close(rule.element)
        }
        writer.close("rules")
    }

    mutating func write(_ syntax: [SyntaxPiece], into writer: inout LineTrackingXMLWriter) {
        for piece in syntax {
            switch piece {
            case .literal(let text):
                writer.leaf("literal", text: text)
            case .value(let name, let label, let kind):
                var attributes: LineTrackingXMLWriter.Attributes = [("name", name), ("label", label)]
                switch kind {
                case .hexColor: attributes.append(("kind", "hex-color"))
                case .digits(let length): attributes += [("kind", "digits"), ("length", String(length))]
                case .integer(let minimum, let maximum): attributes += [("kind", "integer"), ("min", minimum.map(String.init)), ("max", maximum.map(String.init))]
                case .enumeration(let index): attributes += [("kind", "enum"), ("ref", enums[index].id)]
                }
                writer.empty("value", attributes)
            case .repetition(let name, let separator, let pieces):
                writer.open("repeat", [("name", name), ("separator", separator)])
                write(pieces, into: &writer)
                writer.close("repeat")
            }
        }
    }
}
