extension Inicis {
    /// A value that writes itself into a `Inicis.JSONDocument` as it goes on the wire: exactly one value,
    /// its node followed by its contents. Every generated model and enum does.
    @_spi(InicisCodegen) public protocol JSONDocumentWritable {
        func write(to document: inout Inicis.JSONDocument)
    }
}

@_spi(InicisCodegen) extension String: Inicis.JSONDocumentWritable {
    public func write(to document: inout Inicis.JSONDocument) { document.writeScalar(.string(self)) }
}

@_spi(InicisCodegen) extension Int: Inicis.JSONDocumentWritable {
    public func write(to document: inout Inicis.JSONDocument) { document.writeScalar(.integer(self)) }
}

@_spi(InicisCodegen) extension Bool: Inicis.JSONDocumentWritable {
    public func write(to document: inout Inicis.JSONDocument) { document.writeScalar(.bool(self)) }
}

@_spi(InicisCodegen) extension Array: Inicis.JSONDocumentWritable where Element: Inicis.JSONDocumentWritable {
    public func write(to document: inout Inicis.JSONDocument) {
        let array = document.beginArray()
        for (offset, element) in enumerated() {
            document.element(offset, element)
        }
        document.end(array)
    }
}

@_spi(InicisCodegen) extension Inicis.JSON: Inicis.JSONDocumentWritable {
    public func write(to document: inout Inicis.JSONDocument) {
        switch self {
        case .null: document.writeScalar(.null)
        case .bool(let flag): document.writeScalar(.bool(flag))
        case .integer(let number): document.writeScalar(.integer(number))
        // A whole number written with a fraction or an exponent (`1e3`, `1.0`) is read as the
        // integer JSONDecoder reads into an `Int` field: a request must validate the same as JSON
        // text and as a model. The parsed value itself keeps the spelling's kind.
        case .number(let number): document.writeScalar(Int(exactly: number).map(Inicis.JSONDocument.Value.integer) ?? .number(number))
        case .string(let text): document.writeScalar(.string(text))
        case .array(let elements): elements.write(to: &document)
        case .object(let members):
            let object = document.beginObject()
            for member in members {
                document.member(member.key, member.value)
            }
            document.end(object)
        }
    }
}

extension Inicis.JSONDocument {
    /// The tree form of the value at `node`.
    func json(at node: Int = Inicis.JSONDocument.root) -> Inicis.JSON {
        switch nodes[node].value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .integer(let number): .integer(number)
        case .number(let number): .number(number)
        case .string(let text): .string(text)
        case .array: .array(children(of: node).map { json(at: $0) })
        case .object: .object(children(of: node).map { Inicis.JSON.Member(key(of: $0), json(at: $0)) })
        }
    }
}
