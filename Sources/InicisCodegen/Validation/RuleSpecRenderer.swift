import InicisSchema

/// Rules as `RuleSpec` expressions. Paths are resolved here, once, against the object that holds
/// the rule: the engine gets the index of the first field and the enum of the last one.
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
        for rule in rules { render(rule, into: &writer) }
    }

    private func render(_ rule: Rule, into writer: inout CodeWriter) {
        writer.line("RuleSpec(")
        writer.indented { writer in
            writer.line(SwiftStringLiteral.render(rule.id) + ",")
            writer.line(kind(rule.kind) + ",")
            if !rule.platforms.isEmpty {
                writer.line("platforms: [" + rule.platforms.sorted().map { "." + $0.rawValue }.joined(separator: ", ") + "],")
            }
            if !rule.conditions.isEmpty {
                writer.line("conditions: [")
                writer.indented { writer in
                    for condition in rule.conditions {
                        writer.line("ConditionSpec(path: \(path(condition.path)), test: \(test(condition.test))),")
                    }
                }
                writer.line("],")
            }
            writer.line("message: " + SwiftStringLiteral.render(rule.message ?? rule.source))
        }
        writer.line("),")
    }

    private func kind(_ kind: RuleKind) -> String {
        switch kind {
        case .requiredGroup(let alternatives):
            ".requiredGroup([" + alternatives.map { "[" + $0.map(path).joined(separator: ", ") + "]" }.joined(separator: ", ") + "])"
        case .exactlyOne(let paths):
            ".exactlyOne([" + paths.map(path).joined(separator: ", ") + "])"
        case .require(let target):
            ".require(\(path(target)))"
        case .forbid(let target):
            ".forbid(\(path(target)))"
        case .allowedValues(let target, let values):
            ".allowedValues(\(path(target)), \(stringArray(values)))"
        case .format(let target, let format):
            ".format(\(path(target)), \(TextFormatText.render(format)))"
        case .range(let target, let minimum, let maximum):
            ".range(\(path(target)), minimum: \(minimum.map(String.init) ?? "nil"), maximum: \(maximum.map(String.init) ?? "nil"))"
        case .order(let earlier, let later):
            ".order(earlier: \(path(earlier)), later: \(path(later)))"
        case .future(let target, let format):
            ".future(\(path(target)), \(format == .dateTime ? ".dateTime" : ".twoDigitYear"))"
        case .needsContract(let target, let contract):
            ".needsContract(\(path(target)), InicisContract(rawValue: \(SwiftStringLiteral.render(contract))))"
        }
    }

    private func test(_ test: Condition.Test) -> String {
        switch test {
        case .present: ".present"
        case .absent: ".absent"
        case .equals(let value): ".equals(\(SwiftStringLiteral.render(value)))"
        case .notEquals(let value): ".notEquals(\(SwiftStringLiteral.render(value)))"
        case .oneOf(let values): ".oneOf(\(stringArray(values)))"
        case .noneOf(let values): ".noneOf(\(stringArray(values)))"
        }
    }

    private func stringArray(_ values: [String]) -> String {
        "[" + values.map(SwiftStringLiteral.render).joined(separator: ", ") + "]"
    }

    /// `RulePath(["card", "cardCompany"], firstField: 30, enumeration: 2 /* CardCompany */)`.
    private func path(_ dotted: String) -> String {
        let keys = dotted.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let resolved = RulePathResolution(keys: keys, holder: holder, schema: schema)
        var text = "RulePath(" + stringArray(keys) + ", firstField: \(resolved.firstField)"
        if let index = resolved.enumIndex {
            text += ", enumeration: \(index) /* \(schema.enums[index].swiftName) */"
        }
        return text + ")"
    }
}

/// Where a rule path leads: the index of its first field in the holder, and the enum (by index)
/// of the field it ends at. An unresolved path (the checker reports it) has first field -1.
struct RulePathResolution {
    var firstField = -1
    var enumIndex: Int?

    init(keys: [String], holder: ObjectType?, schema: Schema) {
        guard let holder, let first = keys.first, let index = holder.fields.firstIndex(where: { $0.wireName == first }) else { return }
        firstField = index
        var field = holder.fields[index]
        for key in keys.dropFirst() {
            guard let objectID = OperationFields.objectID(in: field.type),
                  let next = schema.object(objectID)?.field(key) else { return }
            field = next
        }
        if case .enumeration(let id)? = Self.scalar(field.type) {
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
        switch format {
        case .asciiPrintable: ".asciiPrintable"
        case .digits: ".digits"
        case .hexColor: ".hexColor"
        case .dateTime: ".dateTime"
        case .twoDigitMonth: ".twoDigitMonth"
        case .twoDigitYear: ".twoDigitYear"
        case .characters(let characters):
            ".characters([" + CharacterClass.ranges(characters).map { "0x\(TextLines.hex($0.lowerBound))...0x\(TextLines.hex($0.upperBound))" }.joined(separator: ", ") + "])"
        }
    }
}

/// A character class body as the schema writes it (`A-Za-z0-9@.`): single characters and
/// `x-y` ranges. A `-` first or last is itself.
enum CharacterClass {
    static func ranges(_ body: String) -> [ClosedRange<UInt32>] {
        let scalars = Array(body.unicodeScalars)
        var ranges: [ClosedRange<UInt32>] = []
        var index = 0
        while index < scalars.count {
            let low = scalars[index].value
            if index + 2 < scalars.count, scalars[index + 1] == "-" {
                let high = scalars[index + 2].value
                ranges.append(min(low, high)...max(low, high))
                index += 3
            } else {
                ranges.append(low...low)
                index += 1
            }
        }
        return ranges
    }
}
