/// PortOne's browser-SDK schema (`portone-browser-sdk.yml`), in the custom format of PortOne's
/// client-sdk-generator: named `resources`, composed with `resourceRef` (`$ref`),
/// `intersection`, `union` and `oneOf`; enums with `variants` and a `valuePrefix`; per-PG
/// `flagOptions`; and `methods` whose `input` is each SDK function's request.
public struct BrowserSDKDocument: WireDocument {
    let file: String
    private let top: DocumentMapping
    private let methods: DocumentMapping

    let title = "PortOne's SDK"
    let hasValuePrefixes = true
    let marksDateTimes = false
    let writesOneOfAsObject = false

    /// A chain of references longer than this is a cycle (PortOne's longest is 3).
    private static let referenceDepthLimit = 64

    /// Parses the YAML text. Throws `UpstreamDocumentError` when it is not YAML, or not PortOne's
    /// SDK schema (a mapping with `resources` and `methods` mappings).
    public init(yaml: String, file: String) throws {
        self.file = file
        guard let top = try YAMLReading.tree(yaml, file: file)?.mapping,
              top["resources"]?.mapping != nil,
              let methods = top["methods"]?.mapping
        else {
            throw UpstreamDocumentError(file, "not PortOne's browser-SDK schema: expected a mapping with 'resources' and 'methods' mappings")
        }
        self.top = top
        self.methods = methods
    }

    /// The request of an SDK function (`requestPayment` → its `input`, a reference to
    /// `#/resources/request/PaymentRequest`); nil when PortOne has no such method.
    func input(of function: String) -> WireNode? {
        guard let method = methods.entry(function), let input = method.value["input"] else { return nil }
        return WireNode(node: input, location: location(input.line ?? method.keyLine))
    }

    /// Where the `methods` are listed, for a report that a method is missing.
    var methodsLocation: UpstreamLocation {
        location(top.entry("methods")?.keyLine)
    }

    func resolve(_ node: WireNode) throws -> ResolvedWireNode {
        try resolve(node, depth: 0)
    }

    private func resolve(_ start: WireNode, depth: Int) throws -> ResolvedWireNode {
        var current = start
        var typeName: String?
        var hops = depth
        while current.node["type"]?.scalar == "resourceRef" {
            hops += 1
            guard hops <= Self.referenceDepthLimit else {
                throw UpstreamDocumentError(at: start.location, "references nest more than \(Self.referenceDepthLimit) deep (a cycle?)")
            }
            guard let reference = current.node["$ref"]?.scalar else {
                throw UpstreamDocumentError(at: current.location, "a resourceRef without '$ref'")
            }
            let target = try self.target(of: reference, from: current.location)
            current = target.node
            typeName = target.name
        }
        let shape = try shape(of: current, depth: hops)
        return ResolvedWireNode(shape: shape, location: current.location, typeName: typeName)
    }

    /// `#/resources/entity/Customer` → that node, found from the top of the file.
    private func target(of reference: String, from location: UpstreamLocation) throws -> (node: WireNode, name: String) {
        guard reference.hasPrefix("#/") else {
            throw UpstreamDocumentError(at: location, "$ref '\(reference)' is not a reference into this file")
        }
        var mapping: DocumentMapping? = top
        var found: DocumentMapping.Entry?
        for component in reference.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false) {
            found = mapping?.entry(String(component))
            mapping = found?.value.mapping
        }
        guard let found else {
            throw UpstreamDocumentError(at: location, "$ref '\(reference)' does not resolve")
        }
        return (WireNode(node: found.value, location: self.location(found.keyLine)), found.key)
    }

    private func shape(of wire: WireNode, depth: Int) throws -> WireShape {
        let node = wire.node
        switch node["type"]?.scalar {
        case "string", "stringLiteral":
            return .string
        case "integer":
            return .integer
        case "boolean":
            return .boolean
        case "enum":
            return .enumeration(WireEnumeration(
                values: node["variants"]?.mapping?.keys ?? [],
                valuePrefix: node["valuePrefix"]?.scalar
            ))
        case "object":
            return .object(WireObject(composition: .structure, properties: properties(of: node)))
        case "oneOf":
            return .object(WireObject(composition: .oneOf, properties: properties(of: node)))
        case "intersection", "union":
            return try combination(wire, isUnion: node["type"]?.scalar == "union", depth: depth)
        case "array":
            guard let items = node["items"] else {
                throw UpstreamDocumentError(at: wire.location, "an array without 'items'")
            }
            return .array(items: WireNode(node: items, location: location(items.line)))
        case "json":
            return .freeForm
        case "emptyObject":
            return .emptyObject
        case let other:
            return .unknown(other ?? "(no type)")
        }
    }

    /// An intersection is one object of all its members' properties. A union of objects offers
    /// any member's properties; a union of enums (`LoadableUIType`) any member's values.
    private func combination(_ wire: WireNode, isUnion: Bool, depth: Int) throws -> WireShape {
        let members = try (wire.node["types"]?.sequence ?? []).map {
            try resolve(WireNode(node: $0, location: location($0.line ?? wire.location.line)), depth: depth + 1)
        }
        var properties: [WireProperty] = []
        var values: [String] = []
        for member in members {
            switch member.shape {
            case .object(let object):
                for property in object.properties where !properties.contains(where: { $0.name == property.name }) {
                    properties.append(property)
                }
            case .enumeration(let enumeration) where isUnion:
                values += enumeration.values.filter { !values.contains($0) }
            default:
                return .unknown(isUnion ? "union with \(member.summary)" : "intersection with \(member.summary)")
            }
        }
        if isUnion, !values.isEmpty {
            return properties.isEmpty ? .enumeration(WireEnumeration(values: values)) : .unknown("union of objects and enums")
        }
        return .object(WireObject(composition: isUnion ? .union : .structure, properties: properties))
    }

    private func properties(of node: DocumentNode) -> [WireProperty] {
        (node["properties"]?.mapping?.entries ?? []).map { entry in
            let flags = entry.value["flagOptions"]?.mapping?.entries ?? []
            return WireProperty(
                name: entry.key,
                node: WireNode(node: entry.value, location: location(entry.keyLine)),
                isOptional: entry.value["optional"]?.isTrue ?? false,
                isDeprecated: entry.value["deprecated"]?.isTrue ?? false,
                visibleFor: flags.filter { $0.value["visible"]?.isTrue ?? false }.map(\.key)
            )
        }
    }

    private func location(_ line: Int?) -> UpstreamLocation {
        UpstreamLocation(file: file, line: line)
    }
}
