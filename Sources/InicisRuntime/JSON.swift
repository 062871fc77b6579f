extension Inicis {
    /// 임의의 JSON 값: 포트원이 형식을 정하지 않은 값(`customData`, REST `bypass`)과, 모델이 모르는 키의 값을
    /// 그대로 담습니다.
    ///
    /// 객체는 키의 순서를 지키는 멤버 배열입니다. 같은 키가 두 번 나온 JSON 텍스트도 읽은 그대로 담기므로,
    /// 검증은 중복 키를 `duplicate-key` 문제로 보고할 수 있습니다.
    public enum JSON: Hashable, Sendable {
        case null
        case bool(Bool)
        /// 소수점과 지수 없이 `Int`에 들어가는 수
        case integer(Int)
        /// 그 밖의 수
        case number(Double)
        case string(String)
        case array([Inicis.JSON])
        case object([Member])

        /// JSON 객체의 키 하나와 그 값
        public struct Member: Hashable, Sendable {
            public var key: String
            public var value: Inicis.JSON

            public init(_ key: String, _ value: Inicis.JSON) {
                self.key = key
                self.value = value
            }
        }

        /// 객체의 `key` 값(처음 나온 것); 객체가 아니거나 키가 없으면 `nil`
        public subscript(key: String) -> Inicis.JSON? {
            guard case .object(let members) = self else { return nil }
            return members.first { $0.key == key }?.value
        }

        /// 배열의 `index`번째 값; 배열이 아니거나 범위를 벗어나면 `nil`
        public subscript(index: Int) -> Inicis.JSON? {
            guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
            return elements[index]
        }
    }
}

extension Inicis.JSON: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: Inicis.JSON...) { self = .array(elements) }
    public init(dictionaryLiteral members: (String, Inicis.JSON)...) {
        self = .object(members.map { Member($0.0, $0.1) })
    }
}
