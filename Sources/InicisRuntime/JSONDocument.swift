extension Inicis {
    /// A request as the validator reads it: every value of the JSON in one array, in document order,
    /// the contents of an array or object right after it. Parsed JSON and a model's wire form are
    /// copied into it the same way, so that both take exactly the same path through validation.
    ///
    /// Each node knows its holder, so the path of a value is rebuilt only when an issue is reported
    /// there, and the walk keeps no path of its own.
    struct JSONDocument {
        /// A value of one node. An array or object holds its contents in the nodes that follow it.
        enum Value: Hashable {
            case null
            case bool(Bool)
            /// A number without a fraction that fits in `Int`.
            case integer(Int)
            /// Any other number.
            case number(Double)
            case string(String)
            case array
            case object
        }

        struct Node: Hashable {
            var value: Value
            /// Where the value sits in its holder: its key in an object, its offset in an array. Nil
            /// for the root.
            var name: Inicis.ValidationPath.Component?
            /// The array or object that holds the value; -1 for the root.
            var holder: Int
            /// One past the value's last node: its next sibling, or the next node after its holder.
            var end: Int
        }

        /// The root is the first node.
        static let root = 0

        private(set) var nodes: [Node] = []
        /// The array or object being written; -1 before the root and after it.
        private var open = -1

        init(_ root: Inicis.JSON) {
            write(root)
        }

        subscript(node: Int) -> Node { nodes[node] }
    }
}

// MARK: Reading

extension Inicis.JSONDocument {
    /// The key of `member`, a value inside an object.
    func key(of member: Int) -> String {
        guard case .key(let key) = nodes[member].name else {
            preconditionFailure("Inicis.JSONDocument: node \(member) is not an object's member")
        }
        return key
    }

    /// The nodes directly inside the array or object at `node`, in order (none for a scalar).
    func children(of node: Int) -> Children {
        Children(nodes: nodes, current: node + 1, end: nodes[node].end)
    }

    struct Children: Sequence, IteratorProtocol {
        fileprivate let nodes: [Node]
        fileprivate var current: Int
        fileprivate let end: Int

        mutating func next() -> Int? {
            guard current < end else { return nil }
            defer { current = nodes[current].end }
            return current
        }
    }

    /// The keys and offsets from the root to `node`.
    func path(of node: Int) -> Inicis.ValidationPath {
        var components: [Inicis.ValidationPath.Component] = []
        var current = node
        while current >= 0, let name = nodes[current].name {
            components.append(name)
            current = nodes[current].holder
        }
        return Inicis.ValidationPath(components.reversed())
    }
}

// MARK: Writing

extension Inicis.JSONDocument {
    private mutating func write(_ value: Inicis.JSON) {
        switch value {
        case .null: writeScalar(.null)
        case .bool(let flag): writeScalar(.bool(flag))
        case .integer(let number): writeScalar(.integer(number))
        // A whole number written with a fraction or an exponent (`1e3`, `1.0`) is read as the
        // integer JSONDecoder reads into an `Int` field: a request must validate the same as JSON
        // text and as a model. The parsed value itself keeps the spelling's kind.
        case .number(let number): writeScalar(Int(exactly: number).map(Value.integer) ?? .number(number))
        case .string(let text): writeScalar(.string(text))
        case .array(let elements):
            let array = begin(.array)
            for (offset, element) in elements.enumerated() {
                write(element, named: .index(offset))
            }
            end(array)
        case .object(let members):
            let object = begin(.object)
            for member in members {
                write(member.value, named: .key(member.key))
            }
            end(object)
        }
    }

    /// A value inside the array or object being written; it writes itself without knowing where
    /// it sits, so its first node is named after.
    private mutating func write(_ value: Inicis.JSON, named name: Inicis.ValidationPath.Component) {
        let start = nodes.count
        write(value)
        nodes[start].name = name
    }

    private mutating func writeScalar(_ value: Value) {
        nodes.append(Node(value: value, name: nil, holder: open, end: nodes.count + 1))
    }

    private mutating func begin(_ value: Value) -> Int {
        let container = nodes.count
        nodes.append(Node(value: value, name: nil, holder: open, end: container + 1))
        open = container
        return container
    }

    private mutating func end(_ container: Int) {
        nodes[container].end = nodes.count
        open = nodes[container].holder
    }
}

extension Inicis.JSONDocument {
    /// The tree form of the value at `node`.
    func json(at node: Int = Inicis.JSONDocument.root) -> Inicis.JSON {
        switch nodes[node].value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .integer(let number): .integer(number)
        case .number(let number): .number(number)
        case .string(let text): .string(text)
        case .array: .array(children(of: node).map { json(at: $0) })
        case .object: .object(children(of: node).map { Inicis.JSON.Member(key(of: $0), json(at: $0)) })
        }
    }
}
