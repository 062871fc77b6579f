extension Inicis {
    /// Checks decoded JSON against the tables, as a generated model's `init(from:)` needs it: every
    /// key the model knows holds a value of its property's type, every key required on every
    /// platform is there, enum aliases read as their canonical values, and objects are in the
    /// models' canonical order. A mismatch is the `DecodingError` a synthesized `init(from:)`
    /// would throw, at the same coding path.
    enum WireChecker {
        static func object(_ json: Inicis.JSON, _ spec: Inicis.ObjectSpec, in catalog: Inicis.RequestCatalog, at path: [any CodingKey]) throws -> [Inicis.JSON.Member] {
            guard case .object(let members) = json else {
                throw mismatch([String: Any].self, json, at: path)
            }
            if spec.isOneOf { return try oneOf(members, spec, in: catalog, at: path) }
            var known: [(index: Int, member: Inicis.JSON.Member)] = []
            var others: [Inicis.JSON.Member] = []
            for member in members {
                guard spec.modelKeys.contains(member.key), let index = spec.names.firstIndex(of: member.key) else {
                    others.append(member)
                    continue
                }
                let field = spec.fields[index]
                let memberPath = path + [Inicis.WireKey(member.key)]
                // `null` is how JSON may say nil, as `decodeIfPresent` reads it.
                if member.value == .null {
                    if field.isRequiredEverywhere { throw DecodingError.valueNotFound(Any.self, .init(codingPath: memberPath, debugDescription: "'\(member.key)' is required and null")) }
                    continue
                }
                known.append((index, Inicis.JSON.Member(member.key, try value(member.value, as: field.value, in: catalog, at: memberPath))))
            }
            for field in spec.fields where field.isRequiredEverywhere && !field.isRemoved && !known.contains(where: { $0.member.key == field.name }) {
                throw DecodingError.keyNotFound(Inicis.WireKey(field.name), .init(codingPath: path, debugDescription: "'\(field.name)' is required"))
            }
            known.sort { $0.index < $1.index }
            others.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            return known.map(\.member) + others
        }

        /// A one-of holds exactly one key it knows; anything else is kept as it is, for
        /// validation to report, as the generated enum's `unrecognized` case keeps it.
        private static func oneOf(_ members: [Inicis.JSON.Member], _ spec: Inicis.ObjectSpec, in catalog: Inicis.RequestCatalog, at path: [any CodingKey]) throws -> [Inicis.JSON.Member] {
            guard members.count == 1, spec.modelKeys.contains(members[0].key), let field = spec.field(named: members[0].key) else {
                return members
            }
            let key = members[0].key
            return [Inicis.JSON.Member(key, try value(members[0].value, as: field.value, in: catalog, at: path + [Inicis.WireKey(key)]))]
        }

        static func value(_ json: Inicis.JSON, as type: Inicis.ValueSpec, in catalog: Inicis.RequestCatalog, at path: [any CodingKey]) throws -> Inicis.JSON {
            switch type {
            case .json:
                return json
            case .string, .dateTime:
                guard case .string = json else { throw mismatch(String.self, json, at: path) }
                return json
            case .integer:
                guard let number = Int(wire: json) else { throw mismatch(Int.self, json, at: path) }
                return .integer(number)
            case .boolean:
                guard case .bool = json else { throw mismatch(Bool.self, json, at: path) }
                return json
            case .enumeration(let index):
                guard case .string(let text) = json else { throw mismatch(String.self, json, at: path) }
                return .string(catalog.enums[index].decoded(text))
            case .object(let index):
                return .object(try object(json, catalog.objects[index], in: catalog, at: path))
            case .array(let element):
                guard case .array(let elements) = json else { throw mismatch([Any].self, json, at: path) }
                var checked: [Inicis.JSON] = []
                checked.reserveCapacity(elements.count)
                for (offset, item) in elements.enumerated() {
                    checked.append(try value(item, as: element, in: catalog, at: path + [Inicis.IndexKey(offset)]))
                }
                return .array(checked)
            }
        }

        private static func mismatch(_ type: Any.Type, _ json: Inicis.JSON, at path: [any CodingKey]) -> DecodingError {
            .typeMismatch(type, .init(codingPath: path, debugDescription: "Expected \(type) but found \(json.kindName) instead."))
        }
    }

    /// An array offset in a coding path.
    struct IndexKey: CodingKey {
        var intValue: Int?
        var stringValue: String { "Index \(intValue ?? 0)" }

        init(_ offset: Int) { intValue = offset }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }
}

extension Inicis.JSON {
    /// What the value is, for an error message: never the value itself, which may be personal.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer, .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
