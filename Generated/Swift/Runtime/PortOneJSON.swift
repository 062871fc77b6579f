// Copied from Sources/InicisRuntime/PortOneJSON.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

/// 임의의 JSON 값: 포트원이 형식을 정하지 않은 값(`customData`, REST `bypass`)과, 모델이 모르는 키의 값을
/// 그대로 담습니다.
///
/// 객체는 키의 순서를 지키는 멤버 배열입니다. 같은 키가 두 번 나온 JSON 텍스트도 읽은 그대로 담기므로,
/// 검증은 중복 키를 `duplicate-key` 문제로 보고할 수 있습니다.
public enum PortOneJSON: Hashable, Sendable {
    case null
    case bool(Bool)
    /// 소수점과 지수 없이 `Int`에 들어가는 수
    case integer(Int)
    /// 그 밖의 수
    case number(Double)
    case string(String)
    case array([PortOneJSON])
    case object([Member])

    /// JSON 객체의 키 하나와 그 값
    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: PortOneJSON

        public init(_ key: String, _ value: PortOneJSON) {
            self.key = key
            self.value = value
        }
    }

    /// 객체의 `key` 값(처음 나온 것); 객체가 아니거나 키가 없으면 `nil`
    public subscript(key: String) -> PortOneJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// 배열의 `index`번째 값; 배열이 아니거나 범위를 벗어나면 `nil`
    public subscript(index: Int) -> PortOneJSON? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}

extension PortOneJSON: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: PortOneJSON...) { self = .array(elements) }
    public init(dictionaryLiteral members: (String, PortOneJSON)...) {
        self = .object(members.map { Member($0.0, $0.1) })
    }
}
