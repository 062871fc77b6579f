import InicisSchema

/// A rule as Korean sentences for the pages, with paths made absolute from the request root.
/// Wire names and values are code spans, and no particle follows one: whether `lastName` takes
/// 을 or 를 depends on how a reader pronounces it, so the sentences put a Korean noun (필드, 값)
/// between the name and the particle.
struct RuleSentence {
    let context: OperationContext
    let placed: PlacedRule

    private var rule: Rule { placed.rule }

    /// `조건 …: statement`, or the statement alone when the rule always applies.
    var text: String {
        (conditions.map { $0 + ": " } ?? "") + statement
    }

    /// `` `payMethod` 값이 `CARD`가 아닐 때 `` as `조건 `payMethod` ≠ `CARD``; nil when the rule
    /// always applies.
    var conditions: String? {
        guard !rule.conditions.isEmpty else { return nil }
        return "조건 " + rule.conditions.map(condition).joined(separator: ", ")
    }

    private func path(_ relative: String) -> String {
        MarkdownText.code(placed.absolute(relative))
    }

    private func values(_ values: [String]) -> String {
        values.map { MarkdownText.code($0) }.joined(separator: ", ")
    }

    var statement: String {
        switch rule.kind {
        case .requiredGroup(let alternatives):
            let choices = alternatives.map { $0.map(path).joined(separator: " 및 ") }
            return "다음 중 한 가지는 반드시 입력합니다: " + choices.joined(separator: ", 또는 ") + "."
        case .exactlyOne(let paths):
            return paths.map(path).joined(separator: ", ") + " 중 정확히 하나만 입력합니다."
        case .require(let target):
            return path(target) + " 필드를 반드시 입력합니다."
        case .forbid(let target):
            return path(target) + " 필드는 입력할 수 없습니다."
        case .allowedValues(let target, let allowed) where allowed.count > Self.longValueList:
            // The list is in the values section; here it would crowd the table.
            let list = enumSection(of: placed.absolute(target)).map { "[값 목록](" + $0 + ")" } ?? values(allowed)
            return path(target) + " 필드에는 허용된 값 \(allowed.count)개만 쓸 수 있습니다: " + list + "."
        case .allowedValues(let target, let allowed):
            return path(target) + " 필드에는 " + values(allowed) + " 값만 쓸 수 있습니다."
        case .format(let target, let format):
            return path(target) + " 필드에는 " + Self.formatName(format) + "만 쓸 수 있습니다."
        case .range(let target, let minimum, let maximum):
            let bounds = [minimum.map { "\($0) 이상" }, maximum.map { "\($0) 이하" }].compactMap { $0 }
            // 이상이어야, 이하여야: the copula follows the last word's final consonant.
            let copula = maximum == nil ? "이어야 합니다." : "여야 합니다."
            return path(target) + " 값은 " + (bounds.isEmpty ? "제한이 없습니다." : bounds.joined(separator: ", ") + copula)
        case .order(let earlier, let later):
            return path(earlier) + " 시각은 " + path(later) + " 시각보다 앞서야 합니다."
        case .future(let target, .dateTime):
            return path(target) + " 시각은 현재보다 뒤여야 합니다."
        case .future(let target, .twoDigitYear):
            return path(target) + " 연도(두 자리)는 올해보다 앞설 수 없습니다."
        case .needsContract(let target, let contract):
            return path(target) + " 필드를 쓰려면 KG이니시스와 " + PageLinks.contract(contract, in: context.schema) + " 계약을 맺어야 합니다."
        }
    }

    /// Allowed values beyond this many are linked rather than listed.
    static let longValueList = 8

    /// The values section of the enum of the field at `path`, as a link target from the rules.
    private func enumSection(of path: String) -> String? {
        guard let row = context.fields.rows.first(where: { $0.path == path }), let id = Self.enumID(in: row.field.type),
              let anchor = context.anchors.enumSection(id) else { return nil }
        return context.target(anchor, in: .values, from: .rules)
    }

    private static func enumID(in type: FieldType) -> String? {
        switch type {
        case .enumeration(let id): id
        case .array(let element): enumID(in: element)
        default: nil
        }
    }

    static func formatName(_ format: ValueFormat) -> String {
        switch format {
        case .asciiPrintable: "[ASCII 출력 가능 문자](" + ExternalLinks.asciiTable + ")"
        case .digits: "숫자"
        case .hexColor: "16진수 색상(" + MarkdownText.code("#RRGGBB") + ")"
        case .dateTime: "RFC 3339 날짜·시각"
        // `\~`: GitHub strikes out text between two single tildes, and the month's and the year's
        // ranges can share a cell.
        case .twoDigitMonth: "두 자리 월(" + MarkdownText.code("01") + "\\~" + MarkdownText.code("12") + ")"
        case .twoDigitYear: "두 자리 연도(" + MarkdownText.code("00") + "\\~" + MarkdownText.code("99") + ")"
        case .characters(let characters): "허용 문자(" + MarkdownText.code(characters) + ")"
        }
    }

    private func condition(_ condition: Condition) -> String {
        let subject = path(condition.path)
        switch condition.test {
        case .present: return subject + " 있음"
        case .absent: return subject + " 없음"
        case .equals(let value): return subject + " = " + MarkdownText.code(value)
        case .notEquals(let value): return subject + " ≠ " + MarkdownText.code(value)
        case .oneOf(let list): return subject + " ∈ " + values(list)
        case .noneOf(let list): return subject + " ∉ " + values(list)
        }
    }
}

/// Pages outside PortOne and KG Inicis that the pages send readers to for general knowledge.
enum ExternalLinks {
    /// The table of ASCII printable characters, which `ascii-printable` ids must keep to.
    static let asciiTable = "https://www.ascii-code.com/"
}
