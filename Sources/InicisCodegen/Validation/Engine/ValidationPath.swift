extension ValidationEngine {
    /// `Swift/Validation/Engine/ValidationPath.swift`, written as is: it does not depend on the schema.
    static let validationPath = EngineFile(name: "ValidationPath", source: #"""
/// 요청 안의 위치: 키와 배열 인덱스의 나열. `description`은 `items[0].vatAmount` 형태입니다.
///
/// 순서는 구간별 비교입니다: 키는 UTF-8 바이트 순서, 인덱스는 수의 순서(`items[2]`가 `items[10]`보다 앞),
/// 짧은 경로가 그 경로로 시작하는 긴 경로보다 앞입니다.
public struct ValidationPath: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// 요청 전체
    public var isRoot: Bool { components.isEmpty }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if Self.isPlain(key) {
                    if !text.isEmpty { text += "." }
                    text += key
                } else {
                    text += "[" + QuotedText.quoted(key, limit: Int.max) + "]"
                }
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }

    /// Keys that need no quoting: ASCII letters, digits, `_` and `$`. Anything else (a dot, a
    /// bracket, a line break in a hostile key) is quoted so that a path always reads back one way.
    private static func isPlain(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "$"):
                true
            default:
                false
            }
        }
    }

    public static func < (lhs: ValidationPath, rhs: ValidationPath) -> Bool {
        for (left, right) in zip(lhs.components, rhs.components) where left != right {
            switch (left, right) {
            case (.key(let a), .key(let b)): return a.utf8.lexicographicallyPrecedes(b.utf8)
            case (.index(let a), .index(let b)): return a < b
            case (.index, .key): return true
            case (.key, .index): return false
            }
        }
        return lhs.components.count < rhs.components.count
    }
}
"""#)
}
