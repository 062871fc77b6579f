@_spi(InicisCodegen) import InicisRuntime
import InicisSchema

/// A request's JSON written as the Swift that builds it with the generated library: the same
/// type names, argument labels (in declaration order) and enum cases the Swift emitter writes.
struct SwiftRequestCode {
    let schema: Schema
    let names: SwiftNames

    init(schema: Schema) {
        self.schema = schema
        names = SwiftNames(schema: schema)
    }

    /// `Inicis.PaymentRequest(` … `)`, laid out one argument a line at `indent` (a one-of object
    /// as its case, `.card(…)`, for an argument); nil when the JSON
    /// holds what the model cannot say (an unknown key, a removed field, a value of the wrong type
    /// or outside its enum): such a request is no quick start.
    func object(_ json: Inicis.JSON, id: String, indent: String) -> String? {
        guard let object = schema.object(id), case .object(let members) = json else { return nil }
        if object.shape == .oneOf {
            guard members.count == 1, let field = object.fields.first(where: { $0.wireName == members[0].key }), !field.isRemovedFromWire,
                  let value = value(members[0].value, type: field.type, indent: indent)
            else { return nil }
            // A one-of is always an argument here, where its type is known: `.card(…)`.
            return "." + names.memberName(field) + "(" + value + ")"
        }
        var arguments: [String] = []
        for field in object.fields {
            guard let member = members.first(where: { $0.key == field.wireName }) else { continue }
            guard !field.isRemovedFromWire, let value = value(member.value, type: field.type, indent: indent + "    ") else { return nil }
            arguments.append(indent + "    " + names.memberName(field) + ": " + value)
        }
        guard arguments.count == members.count, Set(members.map(\.key)).count == members.count else { return nil }
        let type = "Inicis." + names.typeName(ofObject: id)
        return arguments.isEmpty ? type + "()" : type + "(\n" + arguments.joined(separator: ",\n") + "\n" + indent + ")"
    }

    private func value(_ json: Inicis.JSON, type: FieldType, indent: String) -> String? {
        switch (type, json) {
        case (.string, .string(let text)), (.dateTime, .string(let text)):
            return Self.literal(text)
        case (.integer, .integer(let number)):
            return String(number)
        case (.boolean, .bool(let flag)):
            return flag ? "true" : "false"
        case (.json, _):
            return Self.jsonLiteral(json)
        case (.enumeration(let id), .string(let text)):
            guard let enumType = schema.enumType(id),
                  let value = enumType.values.first(where: { candidate in candidate.wire == text || enumType.aliasPrefix.map { $0 + "_" + candidate.wire } == text })
            else { return nil }
            return "." + names.caseName(value)
        case (.object(let id), .object), (.oneOf(let id), .object):
            return object(json, id: id, indent: indent)
        case (.array(let element), .array(let items)):
            let values = items.compactMap { value($0, type: element, indent: indent) }
            return values.count == items.count ? "[" + values.joined(separator: ", ") + "]" : nil
        default:
            return nil
        }
    }

    static func literal(_ text: String) -> String {
        SwiftSource.literal(text)
    }

    /// `Inicis.JSON` as literals: it is expressible by every kind of JSON literal.
    static func jsonLiteral(_ json: Inicis.JSON) -> String {
        switch json {
        case .null: "nil"
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        case .number(let number): String(number)
        case .string(let text): literal(text)
        case .array(let items): "[" + items.map(jsonLiteral).joined(separator: ", ") + "]"
        case .object(let members): members.isEmpty ? "[:]" : "[" + members.map { literal($0.key) + ": " + jsonLiteral($0.value) }.joined(separator: ", ") + "]"
        }
    }
}
