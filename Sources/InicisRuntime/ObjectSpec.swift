extension Inicis {
    /// One object of the schema: its fields in schema order, its rules, and for each platform the
    /// fields that must be present whenever the object is.
    final class ObjectSpec: Sendable {
        let id: String
        let label: String?
        /// Exactly one field is present (`offerPeriod`: `range` or `interval`).
        let isOneOf: Bool
        let fields: [Inicis.FieldSpec]
        /// `fields.map(\.name)`, kept apart so that looking a key up touches only names.
        let names: [String]
        /// The keys a generated model has properties for: every field the wire still carries
        /// (a `removed` field has none, so its key stays with the unknown fields).
        let modelKeys: Set<String>
        let rules: [Inicis.RuleSpec]
        private let requiredByPlatform: [Inicis.Platform: [Int]]

        init(id: String, label: String?, isOneOf: Bool, fields: [Inicis.FieldSpec], rules: [Inicis.RuleSpec]) {
            self.id = id
            self.label = label
            self.isOneOf = isOneOf
            self.fields = fields
            self.names = fields.map(\.name)
            self.modelKeys = Set(fields.filter { !$0.isRemoved }.map(\.name))
            self.rules = rules
            var required: [Inicis.Platform: [Int]] = [:]
            for platform in Inicis.Platform.allCases {
                required[platform] = fields.indices.filter { fields[$0].requirement(on: platform) == .required }
            }
            requiredByPlatform = required
        }

        func requiredFields(on platform: Inicis.Platform) -> [Int] {
            requiredByPlatform[platform] ?? []
        }

        /// The index of the field named `key`. The search starts at `cursor` and wraps around: keys
        /// in schema order (what the models write) cost one comparison each.
        func fieldIndex(of key: String, cursor: inout Int) -> Int? {
            let count = names.count
            guard count > 0 else { return nil }
            var index = cursor < count ? cursor : 0
            for _ in 0..<count {
                if names[index] == key {
                    cursor = index + 1
                    return index
                }
                index = index + 1 == count ? 0 : index + 1
            }
            return nil
        }

        func field(named key: String) -> Inicis.FieldSpec? {
            names.firstIndex(of: key).map { fields[$0] }
        }
    }
}

extension Inicis {
    /// An enum's wire values, and the prefix of PortOne's aliases (`CARD_COMPANY_`).
    final class EnumSpec: Sendable {
        let label: String?
        /// In schema order, for messages and suggestions.
        let values: [String]
        private let valueSet: Set<String>
        /// The alias prefix with its `_`, or nil.
        private let aliasPrefix: String?

        init(_ enumeration: Inicis.SchemaTables.Enumeration) {
            label = enumeration.label
            values = enumeration.values
            valueSet = Set(enumeration.values)
            aliasPrefix = enumeration.aliasPrefix.map { $0 + "_" }
        }

        /// The canonical wire value of `text` (itself, or the value its alias names); nil when the
        /// enum has no such value.
        /// What a decoded model keeps of `text`: an alias (`CURRENCY_KRW`) as its canonical value,
        /// anything else as received; as `Inicis.WireEnum.init(from:)` reads it.
        func decoded(_ text: String) -> String {
            guard let prefix = aliasPrefix, text.hasPrefix(prefix), text.count > prefix.count else { return text }
            return String(text.dropFirst(prefix.count))
        }

        func canonical(_ text: String) -> String? {
            if valueSet.contains(text) { return text }
            guard let prefix = aliasPrefix, text.hasPrefix(prefix) else { return nil }
            let value = String(text.dropFirst(prefix.count))
            return valueSet.contains(value) ? value : nil
        }
    }
}

extension Inicis {
    /// An operation's request: the object at its root, the operation's own rules, where it is sent from.
    struct OperationSpec: Sendable {
        var id: String
        var body: Int
        var rules: [Inicis.RuleSpec]
        var platforms: [Inicis.Platform]
    }
}
