extension ValidationEngine {
    /// `Swift/Validation/Engine/JSONDocument+JSONValue.swift`, written as is: it does not depend on the schema.
    static let jsonDocumentJSONValue = EngineFile(name: "JSONDocument+JSONValue", source: #"""
// Raw JSON and the flat form the validator reads, both ways: a request read from JSON text is
// copied into a document, and a model's public `jsonValue` is read back out of its document.

extension JSONValue: JSONDocumentWritable {
    func write(to document: inout JSONDocument) {
        switch self {
        case .null: document.writeScalar(.null)
        case .bool(let flag): document.writeScalar(.bool(flag))
        case .integer(let number): document.writeScalar(.integer(number))
        case .number(let number): document.writeScalar(.number(number))
        case .string(let text): document.writeScalar(.string(text))
        case .array(let elements):
            let array = document.beginArray()
            for (offset, element) in elements.enumerated() {
                document.element(offset, element)
            }
            document.end(array)
        case .object(let members):
            let object = document.beginObject()
            for member in members {
                document.member(member.key, member.value)
            }
            document.end(object)
        }
    }

    /// The nodes this value takes in a document: one, plus its contents.
    fileprivate var nodeCount: Int {
        switch self {
        case .null, .bool, .integer, .number, .string: 1
        case .array(let elements): elements.reduce(1) { $0 + $1.nodeCount }
        case .object(let members): members.reduce(1) { $0 + $1.value.nodeCount }
        }
    }
}

extension JSONDocument {
    /// Raw JSON in the flat form, in a buffer of exactly its size.
    init(_ request: JSONValue) {
        self.init(request, capacity: request.nodeCount)
    }

    /// The tree form of the value at `node`.
    func jsonValue(at node: Int = JSONDocument.root) -> JSONValue {
        switch nodes[node].value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .integer(let number): .integer(number)
        case .number(let number): .number(number)
        case .string(let text): .string(text)
        case .array: .array(children(of: node).map { jsonValue(at: $0) })
        case .object: .object(children(of: node).map { JSONMember(key(of: $0), jsonValue(at: $0)) })
        }
    }
}
"""#)
}
