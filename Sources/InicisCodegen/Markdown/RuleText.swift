import InicisSchema

/// A rule as one Korean sentence for the pages, with paths made absolute from the request root.
struct RuleText: TextPiece {
    let context: OperationContext
    let placed: PlacedRule

    private var rule: Rule { placed.rule }

    /// `조건 …: statement`, or the statement alone when the rule always applies.
    func append(to bytes: inout [UInt8]) {
        if let conditions {
            bytes.write(conditions, ": ")
        }
        appendStatement(to: &bytes)
    }

    /// `조건 `isEscrow` = `true`` alone, for tables that say what the rule does elsewhere; nil when
    /// the rule always applies.
    var conditions: Conditions? {
        rule.conditions.isEmpty ? nil : Conditions(text: self)
    }

    struct Conditions: TextPiece {
        fileprivate let text: RuleText

        func append(to bytes: inout [UInt8]) {
            bytes.write("조건 ")
            for (index, condition) in text.rule.conditions.enumerated() {
                if index > 0 { bytes.write(", ") }
                text.appendCondition(condition, to: &bytes)
            }
        }
    }

    private func path(_ relative: String) -> MarkdownText.Code {
        MarkdownText.Code(placed.absolute(relative))
    }

    private func appendPaths(_ paths: [String], separator: String, to bytes: inout [UInt8]) {
        for (index, relative) in paths.enumerated() {
            if index > 0 { bytes.write(separator) }
            bytes.write(path(relative))
        }
    }

    private func appendValues(_ values: [String], to bytes: inout [UInt8]) {
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.write(", ") }
            bytes.write(MarkdownText.Code(value))
        }
    }

    private func appendStatement(to bytes: inout [UInt8]) {
        switch rule.kind {
        case .requiredGroup(let alternatives):
            bytes.write("다음 중 하나를 모두 입력: ")
            for (index, group) in alternatives.enumerated() {
                if index > 0 { bytes.write(" 또는 ") }
                appendPaths(group, separator: " + ", to: &bytes)
            }
        case .exactlyOne(let paths):
            bytes.write("다음 중 정확히 하나만 입력: ")
            appendPaths(paths, separator: ", ", to: &bytes)
        case .require(let target):
            bytes.write(path(target), " 필수")
        case .forbid(let target):
            bytes.write(path(target), " 입력 불가")
        case .allowedValues(let target, let allowed):
            bytes.write(path(target), " 허용 값: ")
            appendValues(allowed, to: &bytes)
        case .format(let target, let format):
            bytes.write(path(target), " 형식: ", formatName(format))
        case .range(let target, let minimum, let maximum):
            let bounds = [minimum.map { "\($0) 이상" }, maximum.map { "\($0) 이하" }].compactMap { $0 }
            bytes.write(path(target), " 범위: ", bounds.isEmpty ? "제한 없음" : bounds.joined(separator: ", "))
        case .order(let earlier, let later):
            bytes.write(path(earlier), "은(는) ", path(later), "보다 앞선 시각이어야 함")
        case .future(let target, .dateTime):
            bytes.write(path(target), "은(는) 현재 이후의 시각이어야 함")
        case .future(let target, .twoDigitYear):
            bytes.write(path(target), "(두 자리 연도)은(는) 현재 연도보다 앞설 수 없음")
        case .needsContract(let target, let contract):
            bytes.write(path(target), " 사용 시 별도 계약 필요: ", ContractLink(id: contract, in: context.schema))
        }
    }

    private func formatName(_ format: ValueFormat) -> String {
        switch format {
        case .asciiPrintable: "ASCII 출력 가능 문자"
        case .digits: "숫자만"
        case .hexColor: "16진수 색상(`#RRGGBB`)"
        case .dateTime: "RFC 3339 날짜·시각"
        // `\~`: GitHub strikes out text between two single tildes, and schema text in the same
        // cell may hold the other one.
        case .twoDigitMonth: "두 자리 월(`01`\\~`12`)"
        case .twoDigitYear: "두 자리 연도(`00`\\~`99`)"
        case .characters(let characters): "허용 문자 " + MarkdownText.code(characters)
        }
    }

    fileprivate func appendCondition(_ condition: Condition, to bytes: inout [UInt8]) {
        bytes.write(path(condition.path))
        switch condition.test {
        case .present: bytes.write(" 있음")
        case .absent: bytes.write(" 없음")
        case .equals(let value): bytes.write(" = ", MarkdownText.Code(value))
        case .notEquals(let value): bytes.write(" ≠ ", MarkdownText.Code(value))
        case .oneOf(let list):
            bytes.write(" ∈ ")
            appendValues(list, to: &bytes)
        case .noneOf(let list):
            bytes.write(" ∉ ")
            appendValues(list, to: &bytes)
        }
    }
}
