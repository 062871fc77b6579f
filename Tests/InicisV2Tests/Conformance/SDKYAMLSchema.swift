import Foundation
import Yams

/// PortOne's browser-SDK schema, walked by `$ref` the way PortOne's own generator reads it:
/// `resourceRef`, `intersection` and `union` are looked through to the properties they combine.
struct SDKYAMLSchema {
    let root: [String: Any]

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        root = try Yams.load(yaml: text) as? [String: Any] ?? [:]
    }

    /// `#/resources/request/Inicis.PaymentRequest` → that node.
    func node(at reference: String) -> [String: Any]? {
        reference.dropFirst(2).split(separator: "/").reduce(root as Any?) { node, key in
            (node as? [String: Any])?[String(key)]
        } as? [String: Any]
    }

    /// The node with references followed.
    func resolved(_ node: [String: Any]) -> [String: Any] {
        if node["type"] as? String == "resourceRef", let reference = node["$ref"] as? String, let target = self.node(at: reference) {
            return resolved(target)
        }
        return node
    }

    /// The properties an object-like node offers, combining intersections and unions.
    func properties(of node: [String: Any]) -> [String: [String: Any]] {
        let node = resolved(node)
        switch node["type"] as? String {
        case "intersection", "union":
            return (node["types"] as? [[String: Any]] ?? []).reduce(into: [:]) { result, member in
                result.merge(properties(of: member)) { first, _ in first }
            }
        default:
            return node["properties"] as? [String: [String: Any]] ?? [:]
        }
    }

    /// The variant names of an enum node, and its `valuePrefix`.
    func enumeration(_ node: [String: Any]) -> (values: Set<String>, prefix: String?)? {
        let node = resolved(node)
        guard node["type"] as? String == "enum" else { return nil }
        let variants = (node["variants"] as? [String: Any])?.keys.map { $0 } ?? []
        return (Set(variants), node["valuePrefix"] as? String)
    }

    func kind(_ node: [String: Any]) -> String {
        resolved(node)["type"] as? String ?? "?"
    }

    func arrayItems(_ node: [String: Any]) -> [String: Any]? {
        resolved(node)["items"] as? [String: Any]
    }
}
