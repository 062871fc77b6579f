import InicisSchema

/// A rule as one Korean sentence for the pages, with paths made absolute from the request root.
struct RuleText {
    let schema: Schema
    /// Turns a path relative to the rule's holder into the full path.
    let absolute: (String) -> String

    func content(_ rule: Rule) -> String {
        let statement = statement(rule.kind)
        guard !rule.conditions.isEmpty else { return statement }
        let conditions = rule.conditions.map(condition).joined(separator: ", ")
        return "조건 " + conditions + ": " + statement
    }

    private func path(_ relative: String) -> String {
        MarkdownText.code(absolute(relative))
    }

    private func values(_ values: [String]) -> String {
        values.map { MarkdownText.code($0) }.joined(separator: ", ")
    }

    private func statement(_ kind: RuleKind) -> String {
        switch kind {
        case .requiredGroup(let alternatives):
            let groups = alternatives.map { $0.map(path).joined(separator: " + ") }
            return "다음 중 하나를 모두 입력: " + groups.joined(separator: " 또는 ")
        case .exactlyOne(let paths):
            return "다음 중 정확히 하나만 입력: " + paths.map(path).joined(separator: ", ")
        case .require(let target):
            return path(target) + " 필수"
        case .forbid(let target):
            return path(target) + " 입력 불가"
        case .allowedValues(let target, let allowed):
            return path(target) + " 허용 값: " + values(allowed)
        case .format(let target, let format):
            return path(target) + " 형식: " + formatName(format)
        case .range(let target, let minimum, let maximum):
            let bounds = [minimum.map { "\($0) 이상" }, maximum.map { "\($0) 이하" }].compactMap { $0 }
            return path(target) + " 범위: " + (bounds.isEmpty ? "제한 없음" : bounds.joined(separator: ", "))
        case .order(let earlier, let later):
            return path(earlier) + "은(는) " + path(later) + "보다 앞선 시각이어야 함"
        case .future(let target, .dateTime):
            return path(target) + "은(는) 현재 이후의 시각이어야 함"
        case .future(let target, .twoDigitYear):
            return path(target) + "(두 자리 연도)은(는) 현재 연도보다 앞설 수 없음"
        case .needsContract(let target, let contract):
            return path(target) + " 사용 시 별도 계약 필요: " + Links.contract(contract, in: schema)
        }
    }

    private func formatName(_ format: ValueFormat) -> String {
        switch format {
        case .characters(let characters): "허용 문자 " + MarkdownText.code(characters)
        default: MarkdownText.code(format.name)
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
