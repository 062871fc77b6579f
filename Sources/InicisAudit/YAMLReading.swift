import Yams

/// PortOne's browser-SDK schema file, parsed by Yams into a `DocumentNode` tree.
///
/// The tree is composed rather than loaded into Swift values: composing keeps every key as the
/// text written (a YAML 1.1 reader would turn the country code `NO` into `false`) and keeps the
/// line of every node for the report.
enum YAMLReading {
    /// YAML aliases share nodes; copying them into the tree could grow it without bound (a
    /// "billion laughs" file). PortOne's file has under 20,000.
    static let nodeLimit = 1_000_000

    /// Yams composes by recursion, so a file nested a hundred thousand levels deep would overflow
    /// the stack before it could report anything; such a file is refused unparsed. PortOne's file
    /// has a bound of 26 (see `nestingBound`).
    static let nestingLimit = 1_000

    static func tree(_ text: String, file: String) throws -> DocumentNode? {
        guard nestingBound(text) <= nestingLimit else {
            throw UpstreamDocumentError(file, "nests more than \(nestingLimit) levels deep; not PortOne's SDK schema")
        }
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.error(error, file: file)
        }
        guard let composed else { return nil }
        var budget = nodeLimit
        return try convert(composed, file: file, depth: 0, budget: &budget)
    }

    /// Recursive like Yams, and bounded the same way; the depth is checked again because aliases
    /// can stack nodes deeper than any line shows (`b: &b [*a]`, `c: &c [*b]`, …).
    private static func convert(_ node: Node, file: String, depth: Int, budget: inout Int) throws -> DocumentNode {
        budget -= 1
        guard budget >= 0 else {
            throw UpstreamDocumentError(file, "more than \(nodeLimit) YAML nodes once aliases are expanded; not PortOne's SDK schema")
        }
        guard depth <= nestingLimit else {
            throw UpstreamDocumentError(file, "nests more than \(nestingLimit) levels deep; not PortOne's SDK schema")
        }
        let line = node.mark?.line
        switch node {
        case .scalar(let scalar):
            return DocumentNode(content: .scalar(scalar.string), line: line)
        case .sequence(let sequence):
            var nodes: [DocumentNode] = []
            nodes.reserveCapacity(sequence.count)
            for element in sequence {
                nodes.append(try convert(element, file: file, depth: depth + 1, budget: &budget))
            }
            return DocumentNode(content: .sequence(nodes), line: line)
        case .mapping(let mapping):
            var result = DocumentMapping()
            for index in mapping.indices {
                let pair = mapping[index]
                // PortOne writes only text keys; a mapping or sequence used as a key is skipped.
                guard case .scalar(let key) = pair.key else { continue }
                result.append(key: key.string, keyLine: pair.key.mark?.line, value: try convert(pair.value, file: file, depth: depth + 1, budget: &budget))
            }
            return DocumentNode(content: .mapping(result), line: line)
        }
    }

    /// An upper bound of how deep the YAML nests, found without parsing: each level of a node
    /// takes at least one column of indentation, one indicator (`-`, `?`, `:`) or one open flow
    /// bracket (`[`, `{`), so on every line their sum is at least the depth. Quotes are not
    /// looked into, which only makes the bound larger.
    static func nestingBound(_ text: String) -> Int {
        var bound = 0
        var openFlow = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            var indentation = 0
            var indicators = 0
            var opens = 0
            var closes = 0
            var atStart = true
            for byte in line {
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "\t"):
                    if atStart { indentation += 1 }
                    continue
                case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"): indicators += 1
                case UInt8(ascii: "["), UInt8(ascii: "{"): opens += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"): closes += 1
                default: break
                }
                atStart = false
            }
            bound = max(bound, indentation + indicators + openFlow + opens)
            openFlow = max(0, openFlow + opens - closes)
        }
        return bound
    }

    /// Yams' own description spans several lines and quotes the file; one line is kept.
    private static func error(_ error: YamlError, file: String) -> UpstreamDocumentError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return UpstreamDocumentError("\(file):\(mark.line):\(mark.column)", "not valid YAML: \(problem)")
        case let .reader(problem, _, _, _):
            return UpstreamDocumentError(file, "not valid YAML: \(problem)")
        default:
            return UpstreamDocumentError(file, "not valid YAML: \(error)")
        }
    }
}
