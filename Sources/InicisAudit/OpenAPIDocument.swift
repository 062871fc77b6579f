import Foundation

/// PortOne's REST API (`portone-v2.openapi.json`, OpenAPI 3.0.3): `paths` with each operation's
/// JSON request body, and `components/schemas` composed with `$ref`, `allOf`, `oneOf`, `anyOf`.
public struct OpenAPIDocument: WireDocument {
    let file: String
    private let top: DocumentNode

    let title = "PortOne's REST API"
    let hasValuePrefixes = false
    let marksDateTimes = true
    let writesOneOfAsObject = true

    private static let referenceDepthLimit = 64

    /// Parses the JSON. Throws `UpstreamDocumentError` when it is not JSON, or not an OpenAPI
    /// document (an object with an `openapi` version and a `paths` object).
    public init(json: Data, file: String) throws {
        self.file = file
        let top = try JSONReading.tree(json, file: file)
        guard top["openapi"]?.scalar != nil, top["paths"]?.mapping != nil else {
            throw UpstreamDocumentError(file, "not an OpenAPI document: expected an object with 'openapi' and 'paths'")
        }
        self.top = top
    }

    /// What `paths` says about one operation of the schema.
    enum Endpoint {
        /// No such path template.
        case noPath
        /// The path exists without this method; the methods it has, upper-case.
        case noMethod(available: [String])
        /// The method takes no `application/json` request body.
        case noJSONBody(UpstreamLocation)
        /// The body's schema, and the component it names (`InstantPaymentInput`) if it is a `$ref`.
        case body(WireNode, componentName: String?)
    }

    func endpoint(method: String, path: String) -> Endpoint {
        guard let pathItem = top["paths"]?[path] else { return .noPath }
        guard let operation = pathItem[method.lowercased()] else {
            let methods = Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"])
            return .noMethod(available: (pathItem.mapping?.keys ?? []).filter(methods.contains).map { $0.uppercased() })
        }
        let operationPointer = "#/paths/\(Self.escape(path))/\(method.lowercased())"
        guard let schema = operation["requestBody"]?["content"]?["application/json"]?["schema"] else {
            return .noJSONBody(location(operationPointer))
        }
        let componentName = schema["$ref"]?.scalar.flatMap(Self.componentName)
        return .body(WireNode(node: schema, location: location(operationPointer + "/requestBody/content/application~1json/schema")), componentName: componentName)
    }

    /// The endpoints whose JSON body is this component, as `POST /path`: where an operation that
    /// is no longer at its path may have gone.
    func endpoints(takingComponent name: String) -> [String] {
        var found: [String] = []
        for path in top["paths"]?.mapping?.entries ?? [] {
            for method in path.value.mapping?.entries ?? [] {
                let reference = method.value["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?.scalar
                if reference.flatMap(Self.componentName) == name {
                    found.append("\(method.key.uppercased()) \(path.key)")
                }
            }
        }
        return found
    }

    /// Where the paths are listed, for a report that one is missing.
    var pathsLocation: UpstreamLocation {
        location("#/paths")
    }

    func resolve(_ node: WireNode) throws -> ResolvedWireNode {
        try resolve(node, depth: 0)
    }

    private func resolve(_ start: WireNode, depth: Int) throws -> ResolvedWireNode {
        var current = start
        var typeName: String?
        var hops = depth
        while let reference = current.node["$ref"]?.scalar {
            hops += 1
            guard hops <= Self.referenceDepthLimit else {
                throw UpstreamDocumentError(at: start.location, "references nest more than \(Self.referenceDepthLimit) deep (a cycle?)")
            }
            guard reference.hasPrefix("#/"), let target = node(at: reference) else {
                throw UpstreamDocumentError(at: current.location, "$ref '\(reference)' does not resolve")
            }
            current = WireNode(node: target, location: location(reference))
            typeName = Self.componentName(reference) ?? typeName
        }
        return ResolvedWireNode(shape: try shape(of: current, depth: hops), location: current.location, typeName: typeName)
    }

    private func shape(of wire: WireNode, depth: Int) throws -> WireShape {
        let node = wire.node
        if let members = node["allOf"]?.sequence {
            return try combination(members, of: wire, composition: .structure, depth: depth)
        }
        if let members = node["oneOf"]?.sequence ?? node["anyOf"]?.sequence {
            return try combination(members, of: wire, composition: .union, depth: depth)
        }
        switch node["type"]?.scalar {
        case "string":
            if let values = node["enum"]?.sequence {
                return .enumeration(WireEnumeration(values: values.compactMap(\.scalar)))
            }
            return node["format"]?.scalar == "date-time" ? .dateTime : .string
        case "integer":
            return .integer
        case "number":
            return .number
        case "boolean":
            return .boolean
        case "array":
            guard let items = node["items"] else {
                throw UpstreamDocumentError(at: wire.location, "an array without 'items'")
            }
            return .array(items: WireNode(node: items, location: pointer(wire.location, "items")))
        case "object", nil:
            if node["properties"]?.mapping != nil {
                return .object(WireObject(composition: .structure, properties: properties(of: wire)))
            }
            if node["type"] == nil, let values = node["enum"]?.sequence {
                return .enumeration(WireEnumeration(values: values.compactMap(\.scalar)))
            }
            // `{"type": "object"}` alone (the REST `bypass`), or no type at all: any JSON.
            return .freeForm
        case let other?:
            return .unknown(other)
        }
    }

    /// `allOf` is one object of all its members' properties (and the node's own); `oneOf` and
    /// `anyOf` offer any member's properties.
    private func combination(_ members: [DocumentNode], of wire: WireNode, composition: WireObject.Composition, depth: Int) throws -> WireShape {
        let keyword = composition == .structure ? "allOf" : (wire.node["oneOf"] != nil ? "oneOf" : "anyOf")
        var properties = wire.node["properties"]?.mapping != nil ? self.properties(of: wire) : []
        for (index, member) in members.enumerated() {
            let resolved = try resolve(WireNode(node: member, location: pointer(wire.location, "\(keyword)/\(index)")), depth: depth + 1)
            guard case .object(let object) = resolved.shape else {
                return .unknown("\(keyword) with \(resolved.summary)")
            }
            for property in object.properties where !properties.contains(where: { $0.name == property.name }) {
                properties.append(property)
            }
        }
        return .object(WireObject(composition: composition, properties: properties))
    }

    private func properties(of wire: WireNode) -> [WireProperty] {
        let required = Set(wire.node["required"]?.sequence?.compactMap(\.scalar) ?? [])
        return (wire.node["properties"]?.mapping?.entries ?? []).map { entry in
            WireProperty(
                name: entry.key,
                node: WireNode(node: entry.value, location: pointer(wire.location, "properties/\(Self.escape(entry.key))")),
                isOptional: !required.contains(entry.key),
                isDeprecated: entry.value["deprecated"]?.isTrue ?? false,
                visibleFor: []
            )
        }
    }

    /// A JSON pointer (`#/components/schemas/Customer`) into the document.
    private func node(at pointer: String) -> DocumentNode? {
        var current: DocumentNode? = top
        for component in pointer.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false) {
            let key = component.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if let sequence = current?.sequence {
                current = Int(key).flatMap { sequence.indices.contains($0) ? sequence[$0] : nil }
            } else {
                current = current?[key]
            }
        }
        return current
    }

    private static func componentName(_ reference: String) -> String? {
        let prefix = "#/components/schemas/"
        return reference.hasPrefix(prefix) ? String(reference.dropFirst(prefix.count)) : nil
    }

    /// RFC 6901: `~` and `/` in a key are written `~0` and `~1`.
    private static func escape(_ key: String) -> String {
        key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    private func location(_ pointer: String) -> UpstreamLocation {
        UpstreamLocation(file: file, pointer: pointer)
    }

    private func pointer(_ base: UpstreamLocation, _ suffix: String) -> UpstreamLocation {
        location((base.pointer ?? "#") + "/" + suffix)
    }
}
