import InicisSchema

/// Rules as `RuleSpec` expressions. Paths are resolved here, once, against the object that holds
/// the rule: the engine gets the index of the first field and the enum of the last one.
///
/// Expressions nest (a kind holds paths, a path holds keys), so each is written piece by piece
/// into its line rather than built as a `String` and joined into the next one up.
struct RuleSpecRenderer {
    /// The object the rule's paths start from (an operation's rules start from its body).
    let holder: ObjectType?
    let schema: Schema

    /// `rules: [...]` as the last argument, or nothing when there are none.
    func renderArgument(_ rules: [Rule], into writer: inout CodeWriter) {
        guard !rules.isEmpty else { return }
        writer.line("rules: [")
        writer.indented { writer in renderElements(rules, into: &writer) }
        writer.line("]")
    }

    /// One `RuleSpec(…),` per rule.
    func renderElements(_ rules: [Rule], into writer: inout CodeWriter) {
        // By index: `for rule in` would copy every rule.
        for index in rules.indices { render(rules[index], into: &writer) }
    }

    private func render(_ rule: Rule, into writer: inout CodeWriter) {
        writer.line("RuleSpec(")
        writer.indented { writer in
            writer.line(SwiftStringLiteral.Piece(rule.id), ",")
            writer.writeLine { line in
                writeKind(rule.kind, to: &line)
                line.write(",")
            }
            if !rule.platforms.isEmpty {
                writer.writeLine { line in
                    line.write("platforms: [")
                    // `Platform`'s order, as `sorted()` gives it.
                    var separator = ListSeparator()
                    for platform in Platform.allCases where rule.platforms.contains(platform) {
                        separator.write(to: &line)
                        line.write(".")
                        line.write(platform.rawValue)
                    }
                    line.write("],")
                }
            }
            if !rule.conditions.isEmpty {
                writer.line("conditions: [")
                writer.indented { writer in
                    for index in rule.conditions.indices {
                        renderCondition(rule.conditions[index], into: &writer)
                    }
                }
                writer.line("],")
            }
            writer.line("message: ", SwiftStringLiteral.Piece(rule.message ?? rule.source))
        }
        writer.line("),")
    }

    /// `ConditionSpec(path: RulePath(…), test: .equals("CARD")),`.
    private func renderCondition(_ condition: Condition, into writer: inout CodeWriter) {
        writer.writeLine { line in
            line.write("ConditionSpec(path: ")
            writePath(condition.path, to: &line)
            line.write(", test: ")
            Self.writeTest(condition.test, to: &line)
            line.write("),")
        }
    }

    private func writeKind(_ kind: RuleKind, to line: inout [UInt8]) {
        switch kind {
        case .requiredGroup(let alternatives):
            line.write(".requiredGroup([")
            var separator = ListSeparator()
            for paths in alternatives {
                separator.write(to: &line)
                writePaths(paths, to: &line)
            }
            line.write("])")
        case .exactlyOne(let paths):
            line.write(".exactlyOne(")
            writePaths(paths, to: &line)
            line.write(")")
        case .require(let target):
            writeCall(".require(", target, to: &line)
            line.write(")")
        case .forbid(let target):
            writeCall(".forbid(", target, to: &line)
            line.write(")")
        case .allowedValues(let target, let values):
            writeCall(".allowedValues(", target, to: &line)
            line.write(", ")
            Self.writeStrings(values, to: &line)
            line.write(")")
        case .format(let target, let format):
            writeCall(".format(", target, to: &line)
            line.write(", ")
            TextFormatText.write(format, to: &line)
            line.write(")")
        case .range(let target, let minimum, let maximum):
            writeCall(".range(", target, to: &line)
            line.write(", minimum: ")
            Self.writeBound(minimum, to: &line)
            line.write(", maximum: ")
            Self.writeBound(maximum, to: &line)
            line.write(")")
        case .order(let earlier, let later):
            writeCall(".order(earlier: ", earlier, to: &line)
            line.write(", later: ")
            writePath(later, to: &line)
            line.write(")")
        case .future(let target, let format):
            writeCall(".future(", target, to: &line)
            line.write(format == .dateTime ? ", .dateTime)" : ", .twoDigitYear)")
        case .needsContract(let target, let contract):
            writeCall(".needsContract(", target, to: &line)
            line.write(", InicisContract(rawValue: ")
            line.write(SwiftStringLiteral.Piece(contract))
            line.write("))")
        }
    }

    /// `.require(RulePath(…)` and the like: a case's opening and its first path.
    private func writeCall(_ opener: String, _ path: String, to line: inout [UInt8]) {
        line.write(opener)
        writePath(path, to: &line)
    }

    private static func writeTest(_ test: Condition.Test, to line: inout [UInt8]) {
        switch test {
        case .present: line.write(".present")
        case .absent: line.write(".absent")
        case .equals(let value):
            line.write(".equals(")
            line.write(SwiftStringLiteral.Piece(value))
            line.write(")")
        case .notEquals(let value):
            line.write(".notEquals(")
            line.write(SwiftStringLiteral.Piece(value))
            line.write(")")
        case .oneOf(let values):
            line.write(".oneOf(")
            writeStrings(values, to: &line)
            line.write(")")
        case .noneOf(let values):
            line.write(".noneOf(")
            writeStrings(values, to: &line)
            line.write(")")
        }
    }

    private static func writeBound(_ bound: Int?, to line: inout [UInt8]) {
        if let bound { line.write(bound) } else { line.write("nil") }
    }

    /// `["a", "b"]`.
    private static func writeStrings(_ values: [String], to line: inout [UInt8]) {
        line.write("[")
        var separator = ListSeparator()
        for value in values {
            separator.write(to: &line)
            line.write(SwiftStringLiteral.Piece(value))
        }
        line.write("]")
    }

    /// `[RulePath(…), RulePath(…)]`.
    private func writePaths(_ paths: [String], to line: inout [UInt8]) {
        line.write("[")
        var separator = ListSeparator()
        for path in paths {
            separator.write(to: &line)
            writePath(path, to: &line)
        }
        line.write("]")
    }

    /// `RulePath(["card", "cardCompany"], firstField: 30, enumeration: 2 /* CardCompany */)`.
    private func writePath(_ dotted: String, to line: inout [UInt8]) {
        let keys = RulePathResolution.keys(of: dotted)
        let resolved = RulePathResolution(keys: keys, holder: holder, schema: schema)
        line.write("RulePath(")
        Self.writeStrings(keys, to: &line)
        line.write(", firstField: ")
        line.write(resolved.firstField)
        if let index = resolved.enumIndex {
            line.write(", enumeration: ")
            line.write(index)
            line.write(" /* ")
            line.write(schema.enums[index].swiftName)
            line.write(" */")
        }
        line.write(")")
    }
}

/// Where a rule path leads: the index of its first field in the holder, and the enum (by index)
/// of the field it ends at. An unresolved path (the checker reports it) has first field -1.
struct RulePathResolution {
    var firstField = -1
    var enumIndex: Int?

    /// `card.cardCompany` -> `["card", "cardCompany"]`; most paths are a single key.
    static func keys(of dotted: String) -> [String] {
        let dot = UInt8(ascii: ".")
        let hasDot = dotted.utf8.withContiguousStorageIfAvailable { $0.contains(dot) } ?? dotted.utf8.contains(dot)
        guard hasDot else { return [dotted] }
        return dotted.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    /// Follows only the fields' types, by index: copying each `Field` or `ObjectType` on the way
    /// would retain all of its strings.
    init(keys: [String], holder: ObjectType?, schema: Schema) {
        guard let holder, let first = keys.first, let index = holder.fields.firstIndex(where: { $0.wireName == first }) else { return }
        firstField = index
        var type = holder.fields[index].type
        for key in keys.dropFirst() {
            guard let objectID = OperationFields.objectID(in: type),
                  let position = schema.objectPosition(objectID),
                  let next = schema.objects[position].fields.firstIndex(where: { $0.wireName == key }) else { return }
            type = schema.objects[position].fields[next].type
        }
        if case .enumeration(let id)? = Self.scalar(type) {
            enumIndex = schema.enumPosition(id)
        }
    }

    private static func scalar(_ type: FieldType) -> FieldType? {
        if case .array(let element) = type { return scalar(element) }
        return type
    }
}

/// A `ValueFormat` as a `TextFormat` expression; character classes become scalar ranges.
enum TextFormatText {
    static func render(_ format: ValueFormat) -> String {
        var bytes: [UInt8] = []
        write(format, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func write(_ format: ValueFormat, to bytes: inout [UInt8]) {
        switch format {
        case .asciiPrintable: bytes.write(".asciiPrintable")
        case .digits: bytes.write(".digits")
        case .hexColor: bytes.write(".hexColor")
        case .dateTime: bytes.write(".dateTime")
        case .twoDigitMonth: bytes.write(".twoDigitMonth")
        case .twoDigitYear: bytes.write(".twoDigitYear")
        case .characters(let characters):
            bytes.write(".characters([")
            var separator = ListSeparator()
            CharacterClass.forEachRange(characters) { low, high in
                separator.write(to: &bytes)
                bytes.write("0x")
                bytes.write(TextLines.hex(low))
                bytes.write("...0x")
                bytes.write(TextLines.hex(high))
            }
            bytes.write("])")
        }
    }
}

/// A character class body as the schema writes it (`A-Za-z0-9@.`): single characters and
/// `x-y` ranges. A `-` first or last is itself.
enum CharacterClass {
    /// Each range's bounds in order, handed over without collecting them: the generator never
    /// otherwise makes an array of `ClosedRange<UInt32>`, and the runtime builds that type's
    /// metadata on first use (about 300 000 instructions, more than all the rules' text).
    static func forEachRange(_ body: String, _ visit: (_ low: UInt32, _ high: UInt32) -> Void) {
        let scalars = Array(body.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let low = scalars[index].value
            if index + 2 < scalars.count, scalars[index + 1] == "-" {
                let high = scalars[index + 2].value
                visit(min(low, high), max(low, high))
                index += 3
            } else {
                visit(low, low)
                index += 1
            }
        }
    }

    /// The ranges as values, for reading them in tests.
    static func ranges(_ body: String) -> [ClosedRange<UInt32>] {
        var ranges: [ClosedRange<UInt32>] = []
        forEachRange(body) { ranges.append($0...$1) }
        return ranges
    }
}
