extension Inicis {
    /// The JSON object a generated model decodes from, read by wire key. A type of its own rather
    /// than extensions of `Decoder` and `KeyedDecodingContainer`, so that a copy of the library in
    /// an app's module adds no members to the standard library's types.
    ///
    /// Its readers are never inlined: a model's `init(from:)` stays a list of calls, where inlining
    /// them made every decoder the largest function of its model for the optimizer (issue 15).
    @_spi(InicisCodegen) public struct WireContainer {
        let keyed: KeyedDecodingContainer<Inicis.WireKey>

        public init(_ decoder: any Decoder) throws {
            keyed = try decoder.container(keyedBy: Inicis.WireKey.self)
        }

        /// The value of a required key: missing or `null` is a decoding error at that key.
        @inline(never)
        public func required<Value: Decodable>(_ key: String) throws -> Value {
            try keyed.decode(Value.self, forKey: Inicis.WireKey(key))
        }

        /// The value of an optional key: missing and `null` are both nil.
        @inline(never)
        public func optional<Value: Decodable>(_ key: String) throws -> Value? {
            try keyed.decodeIfPresent(Value.self, forKey: Inicis.WireKey(key))
        }

        /// The one key of an object that has exactly one, as a one-of has.
        public var onlyKey: String? {
            keyed.allKeys.count == 1 ? keyed.allKeys[0].stringValue : nil
        }
    }
}
