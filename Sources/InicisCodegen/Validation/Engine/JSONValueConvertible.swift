extension ValidationEngine {
    /// `Swift/Validation/Engine/JSONValueConvertible.swift`, written as is: it does not depend on the schema.
    static let jsonValueConvertible = EngineFile(name: "JSONValueConvertible", source: #"""
/// 검증할 수 있도록 `JSONValue`로 바뀌는 값. 생성된 모델은 모두 이 프로토콜을 따르며, 변환은
/// `JSONEncoder`를 거치지 않는 직접 변환입니다.
public protocol JSONValueConvertible {
    /// 이 값을 전송할 때의 JSON
    var jsonValue: JSONValue { get }
}

extension String: JSONValueConvertible {
    public var jsonValue: JSONValue { .string(self) }
}

extension Int: JSONValueConvertible {
    public var jsonValue: JSONValue { .integer(self) }
}

extension Bool: JSONValueConvertible {
    public var jsonValue: JSONValue { .bool(self) }
}

extension Array: JSONValueConvertible where Element: JSONValueConvertible {
    public var jsonValue: JSONValue { .array(map(\.jsonValue)) }
}

extension JSONValueConvertible where Self: RawRepresentable, RawValue == String {
    /// 열거형은 정식 값(스키마에 없는 값은 받은 그대로)으로 전송됩니다.
    public var jsonValue: JSONValue { .string(rawValue) }
}
"""#)
}
