extension ValidationEngine {
    /// `Swift/Validation/Engine/JSONValue.swift`, written as is: it does not depend on the schema.
    static let jsonValue = EngineFile(name: "JSONValue", source: #"""
import Foundation

/// 검증기가 읽는 JSON 값: 요청 JSON을 그대로 읽은 것이든, 모델에서 만든 것이든 같은 검증을 거칩니다.
///
/// 객체는 키의 순서를 지키는 멤버 배열입니다. JSON 텍스트에서 읽으면 키 순서로 정렬됩니다.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// 소수점 없이 `Int`에 들어가는 수
    case integer(Int)
    /// 그 밖의 수
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])
}

/// JSON 객체의 키 하나와 그 값
public struct JSONMember: Hashable, Sendable {
    public var key: String
    public var value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

extension JSONValue {
    /// JSON 텍스트를 읽습니다. JSON이 아니면 오류를 던집니다.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: json)
    }

    /// 객체의 `key` 값; 객체가 아니거나 키가 없으면 `nil`
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// 배열의 `index`번째 값; 배열이 아니거나 범위를 벗어나면 `nil`
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}

extension JSONValue: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        // Scalars first: asking for the wrong kind of value throws, and a thrown error costs
        // allocations. Most values of a request are scalars, strings most of all, so this order
        // throws least. A value is exactly one of these kinds, so the order changes no result.
        if let container = try? decoder.singleValueContainer() {
            if container.decodeNil() {
                self = .null
                return
            }
            if let value = try? container.decode(String.self) {
                self = .string(value)
                return
            }
            if let value = try? container.decode(Bool.self) {
                self = .bool(value)
                return
            }
            if let value = try? container.decode(Int.self) {
                self = .integer(value)
                return
            }
            if let value = try? container.decode(Double.self) {
                self = .number(value)
                return
            }
        }
        if let container = try? decoder.container(keyedBy: Key.self) {
            // Sorted so that the same text always gives the same value, whatever the decoder's order.
            let keys = container.allKeys.sorted { $0.stringValue.utf8.lexicographicallyPrecedes($1.stringValue.utf8) }
            self = .object(try keys.map { JSONMember($0.stringValue, try container.decode(JSONValue.self, forKey: $0)) })
            return
        }
        if var container = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            while !container.isAtEnd {
                elements.append(try container.decode(JSONValue.self))
            }
            self = .array(elements)
            return
        }
        // Neither: the number's own error (too large for a Double) says why.
        self = .number(try decoder.singleValueContainer().decode(Double.self))
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .integer(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .number(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for member in members { try container.encode(member.value, forKey: Key(stringValue: member.key)) }
        }
    }
}
"""#)
}
