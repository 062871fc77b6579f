extension Inicis {
    /// The JSON object a generated struct model is: its members in one canonical order, the keys
    /// the model knows in schema order, then every other key in UTF-8 order. Two models that go on
    /// the wire the same are equal, whatever order their properties were set in.
    ///
    /// Every value of a key the model knows has the type of its property: decoding checks it
    /// (`init(from:object:in:)`) and the typed setters can only write such values.
    @_spi(InicisCodegen) public struct WireObject: Hashable, Sendable {
        public private(set) var members: [Inicis.JSON.Member]
        private let spec: Inicis.ObjectSpec
        private let catalog: Inicis.RequestCatalog

        /// An object with only `unknownFields`, for a model's initializer to set its properties on.
        public init(object objectID: String, in catalog: Inicis.RequestCatalog, unknownFields: Inicis.UnknownFields) {
            self.catalog = catalog
            spec = catalog.modelObject(objectID)
            members = []
            self.unknownFields = unknownFields
        }

        /// The object `decoder` holds, checked as the model `objectID` needs it.
        public init(from decoder: any Decoder, object objectID: String, in catalog: Inicis.RequestCatalog) throws {
            self.catalog = catalog
            spec = catalog.modelObject(objectID)
            members = try Inicis.WireChecker.object(Inicis.JSON(from: decoder), spec, in: catalog, at: decoder.codingPath)
        }

        /// The object a nested model's key holds: checked when its holder was decoded or set.
        public init?(wire: Inicis.JSON, object objectID: String, in catalog: Inicis.RequestCatalog) {
            guard case .object(let members) = wire else { return nil }
            self.catalog = catalog
            spec = catalog.modelObject(objectID)
            self.members = members
        }

        public static func == (lhs: Self, rhs: Self) -> Bool { lhs.members == rhs.members }
        public func hash(into hasher: inout Hasher) { hasher.combine(members) }

        public var json: Inicis.JSON { .object(members) }

        /// The value of a key every platform requires, which the model always holds.
        public func required<Value: Inicis.WireValue>(_ key: String) -> Value {
            guard let value: Value = optional(key) else {
                preconditionFailure("Inicis.\(spec.id): '\(key)' is missing or has the wrong type")
            }
            return value
        }

        /// The value of `key`; nil when the object does not have it.
        public func optional<Value: Inicis.WireValue>(_ key: String) -> Value? {
            members.first { $0.key == key }.flatMap { Value(wire: $0.value) }
        }

        /// Sets `key` to `value` in its place; nil removes it (an absent key is how JSON says nil).
        public mutating func set<Value: Inicis.WireValue>(_ key: String, _ value: Value?) {
            set(key, json: value?.wireJSON)
        }

        /// Every key the model has no property for, in UTF-8 order. Setting it replaces them; a
        /// key the model knows sets that property, and must have the property's type.
        public var unknownFields: Inicis.UnknownFields {
            get { Inicis.UnknownFields(members.filter { !spec.modelKeys.contains($0.key) }) }
            set {
                members.removeAll { !spec.modelKeys.contains($0.key) }
                for member in newValue.members {
                    set(member.key, json: checkedKnownValue(member))
                }
            }
        }

        private func checkedKnownValue(_ member: Inicis.JSON.Member) -> Inicis.JSON? {
            guard spec.modelKeys.contains(member.key), let field = spec.field(named: member.key) else { return member.value }
            if member.value == .null { return nil }
            do {
                return try Inicis.WireChecker.value(member.value, as: field.value, in: catalog, at: [Inicis.WireKey(member.key)])
            } catch {
                preconditionFailure("Inicis.\(spec.id): unknownFields[\"\(member.key)\"] sets a property of another type; set the property instead")
            }
        }

        private mutating func set(_ key: String, json: Inicis.JSON?) {
            let existing = members.firstIndex { $0.key == key }
            guard let json else {
                if let existing { members.remove(at: existing) }
                return
            }
            if let existing {
                members[existing].value = json
                return
            }
            let rank = spec.memberRank(key)
            let index = members.firstIndex { spec.memberRank($0.key) > rank } ?? members.endIndex
            members.insert(Inicis.JSON.Member(key, json), at: index)
        }
    }
}

extension Inicis.ObjectSpec {
    /// Where `key` goes in a model's canonical order: known keys by schema position, others after
    /// them by their UTF-8 bytes.
    func memberRank(_ key: String) -> MemberRank {
        if modelKeys.contains(key), let index = names.firstIndex(of: key) { return .known(index) }
        return .other(key)
    }

    enum MemberRank: Comparable {
        case known(Int)
        case other(String)

        static func < (lhs: Self, rhs: Self) -> Bool {
            switch (lhs, rhs) {
            case (.known(let a), .known(let b)): a < b
            case (.known, .other): true
            case (.other, .known): false
            case (.other(let a), .other(let b)): a.utf8.lexicographicallyPrecedes(b.utf8)
            }
        }
    }
}

extension Inicis.RequestCatalog {
    /// The object a generated model is for, which the library's own tables always have.
    func modelObject(_ id: String) -> Inicis.ObjectSpec {
        guard let object = object(id) else { preconditionFailure("Inicis.RequestCatalog: unknown object '\(id)'") }
        return object
    }
}
