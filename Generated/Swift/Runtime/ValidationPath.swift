// Copied from Sources/InicisRuntime/ValidationPath.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

import Foundation

extension Inicis {
    /// 요청 안의 위치: 키와 배열 인덱스의 나열. `description`은 `items[0].vatAmount` 형태이고, 영문자·숫자·`_`·`$`
    /// 밖의 문자가 든 키는 `["키"]`처럼 따옴표로 감쌉니다.
    ///
    /// 순서는 구간별 비교입니다: 키는 UTF-8 바이트 순서, 인덱스는 수의 순서(`items[2]`가 `items[10]`보다 앞),
    /// 짧은 경로가 그 경로로 시작하는 긴 경로보다 앞입니다.
    public struct ValidationPath: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
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
                case .key(let key) where Self.isPlain(key):
                    if !text.isEmpty { text += "." }
                    text += key
                case .key(let key):
                    text += "[" + Inicis.QuotedText.quoted(key, limit: Int.max) + "]"
                case .index(let index):
                    text += "[\(index)]"
                }
            }
            return text
        }

        /// Keys that need no quoting. Anything else (a dot, a bracket, a line break in a hostile key)
        /// is quoted so that a path always reads back one way.
        static func isPlain(_ key: String) -> Bool {
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

        public static func < (lhs: Inicis.ValidationPath, rhs: Inicis.ValidationPath) -> Bool {
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

        /// JSON에서는 `description`의 문자열입니다.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(description)
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let path = Inicis.ValidationPathParser.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a validation path: \(text)")
            }
            self = path
        }
    }
}

extension Inicis {
    /// Reads back what `Inicis.ValidationPath.description` writes.
    enum ValidationPathParser {
        static func parse(_ text: String) -> Inicis.ValidationPath? {
            var components: [Inicis.ValidationPath.Component] = []
            var rest = Substring(text)
            while !rest.isEmpty {
                if rest.first == "[" {
                    rest = rest.dropFirst()
                    if rest.first == "\"" {
                        guard let (key, after) = quotedKey(rest), after.first == "]" else { return nil }
                        components.append(.key(key))
                        rest = after.dropFirst()
                    } else {
                        let digits = rest.prefix { $0.isASCII && $0.isNumber }
                        guard let index = Int(digits), rest.dropFirst(digits.count).first == "]" else { return nil }
                        components.append(.index(index))
                        rest = rest.dropFirst(digits.count + 1)
                    }
                } else {
                    if !components.isEmpty {
                        guard rest.first == "." else { return nil }
                        rest = rest.dropFirst()
                    }
                    let key = rest.prefix { $0 != "." && $0 != "[" }
                    // Only what `description` leaves unquoted, so that a path reads back one way.
                    guard Inicis.ValidationPath.isPlain(String(key)) else { return nil }
                    components.append(.key(String(key)))
                    rest = rest.dropFirst(key.count)
                }
            }
            return Inicis.ValidationPath(components)
        }

        /// A JSON string at the start of `text`, and what follows it.
        private static func quotedKey(_ text: Substring) -> (String, Substring)? {
            var index = text.index(after: text.startIndex)
            var escaped = false
            while index < text.endIndex {
                let character = text[index]
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    let literal = text[text.startIndex...index]
                    guard case .string(let key)? = try? Inicis.JSON(parsing: Data(literal.utf8)) else { return nil }
                    return (key, text[text.index(after: index)...])
                }
                index = text.index(after: index)
            }
            return nil
        }
    }
}
