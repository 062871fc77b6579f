extension Inicis {
    /// Everything the runtime needs to know about a schema, as plain data: the objects and their
    /// fields, the enums, the rules, the bypass option grammars, the operations.
    ///
    /// The generator builds it from the loaded schema. The generated library carries it as JSON text
    /// that it decodes once; the CLI hands it over directly. Both feed the same engine, so a request
    /// validates the same way through either.
    @_spi(InicisCodegen)
    public struct SchemaTables: Codable, Sendable {
        public var contracts: [Contract]
        public var enums: [Enumeration]
        public var objects: [Object]
        public var grammars: [Grammar]
        public var operations: [Operation]

        public init(contracts: [Contract], enums: [Enumeration], objects: [Object], grammars: [Grammar], operations: [Operation]) {
            self.contracts = contracts
            self.enums = enums
            self.objects = objects
            self.grammars = grammars
            self.operations = operations
        }

        /// A separate agreement with Inicis that some features need.
        public struct Contract: Codable, Sendable {
            public var id: String
            public var name: String

            public init(id: String, name: String) {
                self.id = id
                self.name = name
            }
        }

        /// An enum's wire values in schema order, and the prefix of PortOne's aliases (`CURRENCY`
        /// makes `CURRENCY_KRW` mean `KRW`).
        public struct Enumeration: Codable, Sendable {
            public var id: String
            public var label: String?
            public var aliasPrefix: String?
            public var values: [String]

            public init(id: String, label: String?, aliasPrefix: String?, values: [String]) {
                self.id = id
                self.label = label
                self.aliasPrefix = aliasPrefix
                self.values = values
            }
        }

        /// A JSON object of the wire format. A one-of object has exactly one of its fields.
        public struct Object: Codable, Sendable {
            public var id: String
            public var label: String?
            public var isOneOf: Bool?
            public var fields: [Field]
            public var rules: [Rule]?

            public init(id: String, label: String?, isOneOf: Bool, fields: [Field], rules: [Rule]) {
                self.id = id
                self.label = label
                self.isOneOf = isOneOf ? true : nil
                self.fields = fields
                self.rules = rules.isEmpty ? nil : rules
            }
        }

        public struct Field: Codable, Sendable {
            /// The JSON key.
            public var name: String
            /// The guide's label (`구매자 이메일`), for messages.
            public var label: String?
            public var type: ValueType
            public var pc: Requirement?
            public var mobile: Requirement?
            public var api: Requirement?
            /// The id of the contract that setting this field needs.
            public var contract: String?
            /// The id of the bypass grammar the string values follow.
            public var grammar: String?
            /// Documented by the guide, gone from PortOne's SDK.
            public var removed: Bool?
            public var sensitivity: Inicis.Sensitivity?

            public init(
                name: String, label: String?, type: ValueType,
                pc: Requirement?, mobile: Requirement?, api: Requirement?,
                contract: String?, grammar: String?, removed: Bool, sensitivity: Inicis.Sensitivity?
            ) {
                self.name = name
                self.label = label
                self.type = type
                self.pc = pc
                self.mobile = mobile
                self.api = api
                self.contract = contract
                self.grammar = grammar
                self.removed = removed ? true : nil
                self.sensitivity = sensitivity
            }
        }

        /// What a field is on one platform.
        public enum Requirement: String, Codable, Hashable, Sendable {
            /// Must be present whenever the object that holds it is.
            case required
            /// Required as part of a group or under a condition (a rule says which).
            case conditional
            case optional
            /// Accepted, but Inicis does nothing with it.
            case ignored
            /// Not supported on this platform.
            case unsupported
        }

        /// The operations of the schema: SDK calls are sent from `pc` and `mobile`, REST calls from `api`.
        public struct Operation: Codable, Sendable {
            public var id: String
            /// The object id of the request (SDK) or body (REST).
            public var body: String
            public var platforms: [Inicis.Platform]
            /// Rules whose paths start at the body.
            public var rules: [Rule]?

            public init(id: String, body: String, platforms: [Inicis.Platform], rules: [Rule]) {
                self.id = id
                self.body = body
                self.platforms = platforms
                self.rules = rules.isEmpty ? nil : rules
            }
        }
    }
}

extension Inicis {
    /// Personal and card data: never shown by `description`, `dump` or a validation message.
    public enum Sensitivity: String, Codable, Hashable, Sendable {
        /// Card numbers, expiry, passwords, birth dates, identity numbers.
        case credential
        /// Names, phone numbers, email and postal addresses.
        case personal
    }
}
