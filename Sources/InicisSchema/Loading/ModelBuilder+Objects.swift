extension ModelBuilder {
    mutating func objectType(_ node: ElementNode) -> ObjectType {
        ObjectType(
            id: node.attribute("id") ?? "",
            swiftName: node.attribute("swift-name"),
            shape: node.attribute("shape") == "one-of" ? .oneOf : .structure,
            fields: node.children(named: "field").map { field($0) },
            rules: node.child(named: "rules").map { rules(in: $0) } ?? [],
            omissions: node.children(named: "omitted").map { omission($0, naming: "name") },
            documentation: documentation(of: node),
            location: location(of: node)
        )
    }

    /// A `field` or `path-parameter`. Only the platform attributes written are recorded here;
    /// `Schema.resolved()` fills in the platforms the schema leaves unsaid.
    mutating func field(_ node: ElementNode) -> Field {
        // Exactly as written: a JSON key may have spaces at either end.
        let wireName = node.rawAttribute("name") ?? ""
        var requirements: [Platform: PlatformRequirement] = [:]
        for (platform, attribute) in [(Platform.pc, "pc" as StaticString), (.mobile, "mobile"), (.api, "api")] {
            if let value = node.attribute(attribute).flatMap(PlatformRequirement.init(rawValue:)) {
                requirements[platform] = value
            }
        }
        return Field(
            wireName: wireName,
            swiftName: node.attribute("swift-name"),
            type: fieldType(of: node, named: wireName),
            requirements: PlatformRequirements(requirements),
            contract: node.attribute("contract"),
            grammar: node.attribute("grammar"),
            isRemovedFromWire: ["true", "1"].contains(node.attribute("removed") ?? "false"),
            isSecret: ["true", "1"].contains(node.attribute("secret") ?? "false"),
            isPersonal: ["true", "1"].contains(node.attribute("personal") ?? "false"),
            documentation: documentation(of: node),
            location: location(of: node)
        )
    }

    /// `type`, `items` and `ref` as one `FieldType`. Combinations the model cannot express are
    /// reported, and the field is read as a string so that building can go on.
    private mutating func fieldType(of node: ElementNode, named name: String) -> FieldType {
        let typeName = node.attribute("type") ?? "string"
        let items = node.attribute("items")
        let ref = node.attribute("ref")
        guard typeName == "array" else {
            if items != nil {
                error("field '\(name)': 'items' is only allowed with type=\"array\"", at: node)
            }
            return singleType(typeName, ref: ref, field: name, at: node) ?? .string
        }
        guard let items else {
            error("field '\(name)' of type 'array' needs an 'items' attribute naming the element type", at: node)
            return .array(.string)
        }
        return .array(singleType(items, ref: ref, field: name, at: node) ?? .string)
    }

    private mutating func singleType(_ typeName: String, ref: String?, field name: String, at node: ElementNode) -> FieldType? {
        let scalar: FieldType? = switch typeName {
        case "string": .string
        case "integer": .integer
        case "boolean": .boolean
        case "date-time": .dateTime
        case "json": .json
        default: nil
        }
        if let scalar {
            if let ref {
                error("field '\(name)': ref=\"\(ref)\" is not allowed with type '\(typeName)'; only enum, object and one-of types name another type", at: node)
            }
            return scalar
        }
        guard let ref else {
            let kind = typeName == "enum" ? "an enum" : typeName == "one-of" ? "a one-of object" : "an object"
            error("field '\(name)' of type '\(typeName)' needs a 'ref' attribute naming \(kind)", at: node)
            return nil
        }
        switch typeName {
        case "enum": return .enumeration(ref)
        case "object": return .object(ref)
        case "one-of": return .oneOf(ref)
        default:
            error("field '\(name)': unknown type '\(typeName)'", at: node)
            return nil
        }
    }
}
