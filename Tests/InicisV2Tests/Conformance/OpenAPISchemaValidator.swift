import Foundation

/// Checks a JSON value against a schema of PortOne's OpenAPI document: the subset of JSON
/// Schema that the request bodies use. Any other keyword is reported as unsupported rather than
/// silently ignored, so a pass always means the body was really checked.
///
/// Stricter than OpenAPI in one way on purpose: object properties that the schema does not
/// declare are reported, because the generated models must only use PortOne's wire names.
struct OpenAPISchemaValidator {
    let components: [String: Any]

    init(document: [String: Any]) {
        components = ((document["components"] as? [String: Any])?["schemas"] as? [String: Any]) ?? [:]
    }

    private static let ignoredKeywords: Set<String> = ["title", "description", "discriminator", "example", "examples", "deprecated", "readOnly", "writeOnly", "nullable"]

    /// Every problem found, as `path: message`.
    func problems(_ value: JSONTree, against schema: [String: Any], at path: String = "$") -> [String] {
        if let reference = schema["$ref"] as? String {
            guard let resolved = resolve(reference) else { return ["\(path): unresolved $ref \(reference)"] }
            return problems(value, against: resolved, at: path)
        }
        var found: [String] = []
        for keyword in schema.keys where !Self.handledKeywords.contains(keyword) && !Self.ignoredKeywords.contains(keyword) && !keyword.hasPrefix("x-") {
            found.append("\(path): unsupported schema keyword '\(keyword)'")
        }
        if let all = schema["allOf"] as? [[String: Any]] {
            found += all.flatMap { problems(value, against: $0, at: path) }
        }
        if let alternatives = schema["oneOf"] as? [[String: Any]] ?? schema["anyOf"] as? [[String: Any]] {
            let matching = alternatives.filter { problems(value, against: $0, at: path).isEmpty }
            let exactlyOne = schema["oneOf"] != nil
            if matching.isEmpty || (exactlyOne && matching.count > 1) {
                found.append("\(path): matches \(matching.count) of the \(exactlyOne ? "oneOf" : "anyOf") alternatives")
            }
        }
        if let type = schema["type"] as? String {
            found += problems(value, ofType: type, schema: schema, at: path)
        }
        if let allowed = schema["enum"] as? [Any], case .string(let text) = value, !allowed.contains(where: { ($0 as? String) == text }) {
            found.append("\(path): '\(text)' is not one of the enum values")
        }
        return found
    }

    private static let handledKeywords: Set<String> = ["$ref", "allOf", "oneOf", "anyOf", "type", "enum", "properties", "required", "items", "format", "additionalProperties", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"]

    private func problems(_ value: JSONTree, ofType type: String, schema: [String: Any], at path: String) -> [String] {
        switch (type, value) {
        case ("object", .object(let object)):
            return objectProblems(object, schema: schema, at: path)
        case ("array", .array(let array)):
            let items = schema["items"] as? [String: Any] ?? [:]
            return array.enumerated().flatMap { problems($1, against: items, at: "\(path)[\($0)]") }
        case ("string", .string(let text)):
            if schema["format"] as? String == "date-time", !RFC3339.isValid(text) {
                return ["\(path): '\(text)' is not an RFC 3339 date-time"]
            }
            return []
        case ("integer", .integer(let number)):
            return rangeProblems(Double(number), schema: schema, at: path)
        case ("number", .integer(let number)):
            return rangeProblems(Double(number), schema: schema, at: path)
        case ("number", .number(let number)):
            return rangeProblems(number, schema: schema, at: path)
        case ("boolean", .bool):
            return []
        case ("object", _), ("array", _), ("string", _), ("integer", _), ("number", _), ("boolean", _):
            return ["\(path): expected \(type)"]
        default:
            return ["\(path): unsupported type '\(type)'"]
        }
    }

    private func objectProblems(_ object: [String: JSONTree], schema: [String: Any], at path: String) -> [String] {
        let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
        let required = schema["required"] as? [String] ?? []
        var found = required.filter { object[$0] == nil }.map { "\(path).\($0): required by PortOne, missing" }
        for (key, child) in object.sorted(by: { $0.key < $1.key }) {
            if let property = properties[key] {
                found += problems(child, against: property, at: "\(path).\(key)")
            } else if let additional = schema["additionalProperties"] as? [String: Any] {
                found += problems(child, against: additional, at: "\(path).\(key)")
            } else if schema["allOf"] == nil, schema["oneOf"] == nil {
                found.append("\(path).\(key): not a property PortOne defines")
            }
        }
        return found
    }

    private func rangeProblems(_ number: Double, schema: [String: Any], at path: String) -> [String] {
        var found: [String] = []
        if let minimum = (schema["minimum"] as? NSNumber)?.doubleValue, number < minimum { found.append("\(path): below \(minimum)") }
        if let maximum = (schema["maximum"] as? NSNumber)?.doubleValue, number > maximum { found.append("\(path): above \(maximum)") }
        return found
    }

    private func resolve(_ reference: String) -> [String: Any]? {
        let prefix = "#/components/schemas/"
        guard reference.hasPrefix(prefix) else { return nil }
        return components[String(reference.dropFirst(prefix.count))] as? [String: Any]
    }
}

/// RFC 3339 `date-time`, checked strictly enough for a conformance test.
enum RFC3339 {
    static func isValid(_ text: String) -> Bool {
        let pattern = #"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }
}
