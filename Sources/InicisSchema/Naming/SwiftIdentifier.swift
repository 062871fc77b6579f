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

    /// ASCII letters, digits and `_`, not starting with a digit, and not `_` alone: what a
    /// `swift-name` in the schema may be, so that generated code reads the same in every editor.
    public static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name != "_" else { return false }
        let isLetter = { (scalar: Unicode.Scalar) in scalar.isASCII && (scalar.properties.isAlphabetic || scalar == "_") }
        let isDigit = { (scalar: Unicode.Scalar) in ("0"..."9").contains(scalar) }
        return isLetter(first) && name.unicodeScalars.allSatisfy { isLetter($0) || isDigit($0) }
    }

    /// `default` -> `` `default` ``; other names unchanged.
    public static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// A name as an argument label of a call: `f(default: 1)`. Swift takes every keyword there
    /// but `inout` without backticks, and warns about backticks it does not need.
    public static func label(_ name: String) -> String {
        name == "inout" ? "`inout`" : name
    }
}
