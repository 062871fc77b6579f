import InicisV2

/// How `validate` prints issues: one line each plus a summary, or one JSON object with the keys in
/// the documented order (path, severity, code, message).
enum IssueReport {
    static func render(_ issues: [ValidationIssue], as format: ValidationOptions.Format) -> String {
        switch format {
        case .text: text(issues)
        case .json: json(issues)
        }
    }

    /// `customer.email: error: [missing-required] …`, then `1 error, 0 warnings`.
    static func text(_ issues: [ValidationIssue]) -> String {
        let errors = issues.filter { $0.severity == .error }.count
        let lines = issues.map(\.description) + [Terminal.counted(errors, "error") + ", " + Terminal.counted(issues.count - errors, "warning")]
        return lines.map { $0 + "\n" }.joined()
    }

    static func json(_ issues: [ValidationIssue]) -> String {
        let objects = issues.map { issue in
            "{\"path\":\(string(issue.path.description)),\"severity\":\(string(issue.severity.rawValue)),\"code\":\(string(issue.code)),\"message\":\(string(issue.message))}"
        }
        return "{\"issues\":[" + objects.joined(separator: ",") + "]}\n"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
