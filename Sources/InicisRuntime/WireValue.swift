extension Inicis {
    /// A value a generated model keeps in its wire form: what it is as JSON, and back.
    ///
    /// A model stores its JSON object, not a stored property per field, and each property reads and
    /// writes its key through this protocol. The work of decoding, encoding, comparing and
    /// describing a model is then the runtime's, compiled once, instead of code in every model.
    @_spi(InicisCodegen) public protocol WireValue {
        /// The value of `wire`; nil when the JSON has another shape, which decoding has already
        /// ruled out for a model's own keys.
        init?(wire: Inicis.JSON)
        var wireJSON: Inicis.JSON { get }
    }
}

@_spi(InicisCodegen) extension String: Inicis.WireValue {
    public init?(wire: Inicis.JSON) {
        guard case .string(let text) = wire else { return nil }
        self = text
    }

    public var wireJSON: Inicis.JSON { .string(self) }
}

@_spi(InicisCodegen) extension Int: Inicis.WireValue {
    public init?(wire: Inicis.JSON) {
        switch wire {
        case .integer(let number): self = number
        // `1e3` and `1.0` are whole numbers, as JSONDecoder reads them into an `Int`.
        case .number(let number): guard let whole = Int(exactly: number) else { return nil }; self = whole
        default: return nil
        }
    }

    public var wireJSON: Inicis.JSON { .integer(self) }
}

@_spi(InicisCodegen) extension Bool: Inicis.WireValue {
    public init?(wire: Inicis.JSON) {
        guard case .bool(let flag) = wire else { return nil }
        self = flag
    }

    public var wireJSON: Inicis.JSON { .bool(self) }
}

@_spi(InicisCodegen) extension Inicis.JSON: Inicis.WireValue {
    public init?(wire: Inicis.JSON) { self = wire }
    public var wireJSON: Inicis.JSON { self }
}

@_spi(InicisCodegen) extension Inicis.DateTime: Inicis.WireValue {
    public init?(wire: Inicis.JSON) {
        guard case .string(let text) = wire else { return nil }
        self.init(rawValue: text)
    }

    public var wireJSON: Inicis.JSON { .string(rawValue) }
}

@_spi(InicisCodegen) extension Array: Inicis.WireValue where Element: Inicis.WireValue {
    public init?(wire: Inicis.JSON) {
        guard case .array(let elements) = wire else { return nil }
        var values: [Element] = []
        values.reserveCapacity(elements.count)
        for element in elements {
            guard let value = Element(wire: element) else { return nil }
            values.append(value)
        }
        self = values
    }

    public var wireJSON: Inicis.JSON { .array(map(\.wireJSON)) }
}

@_spi(InicisCodegen) extension Inicis.WireValue where Self: Inicis.WireEnum {
    /// An alias (`CURRENCY_KRW`) is read as its canonical value, as `init(from:)` reads it.
    public init?(wire: Inicis.JSON) {
        guard case .string(let text) = wire else { return nil }
        self.init(rawValue: Self.canonical(text))
    }

    public var wireJSON: Inicis.JSON { .string(rawValue) }
}
