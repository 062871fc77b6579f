extension Inicis.JSON: Codable {
    // A decoder says what a value is only by failing to read it as something else, and each
    // failure costs an error: strings, most of a request, are tried first, then containers.
    public init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let text = try? single.decode(String.self) {
            self = .string(text)
        } else if let object = try? decoder.container(keyedBy: Inicis.WireKey.self) {
            // Sorted so that the same text always gives the same value, whatever order the
            // decoder keeps its keys in.
            let keys = object.allKeys.sorted { $0.stringValue.utf8.lexicographicallyPrecedes($1.stringValue.utf8) }
            self = .object(try keys.map { Member($0.stringValue, try object.decode(Inicis.JSON.self, forKey: $0)) })
        } else if var array = try? decoder.unkeyedContainer() {
            var elements: [Inicis.JSON] = []
            while !array.isAtEnd {
                elements.append(try array.decode(Inicis.JSON.self))
            }
            self = .array(elements)
        } else if let flag = try? single.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? single.decode(Int.self) {
            self = .integer(number)
        } else {
            self = .number(try single.decode(Double.self))
        }
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
            var container = encoder.container(keyedBy: Inicis.WireKey.self)
            for member in members { try container.encode(member.value, forKey: Inicis.WireKey(member.key)) }
        }
    }
}

extension Inicis {
    /// A JSON key as it is on the wire, for coding containers whose keys are not known in advance.
    struct WireKey: CodingKey, Hashable {
        var stringValue: String
        var intValue: Int? { nil }

        init(_ key: String) { stringValue = key }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
