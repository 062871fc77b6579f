extension Inicis {
    /// A request as the validator reads it: every value of the JSON in one array, in document order,
    /// the contents of an array or object right after it. Typed models write themselves into it and
    /// parsed JSON is copied into it, so that both take exactly the same path through validation.
    ///
    /// Each node knows its holder, so the path of a value is rebuilt only when an issue is reported
    /// there, and the walk keeps no path of its own.
    @_spi(InicisCodegen) public struct JSONDocument {
        /// A value of one node. An array or object holds its contents in the nodes that follow it.
        @_spi(InicisCodegen) public enum Value: Hashable {
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

        @usableFromInline
        struct Node: Hashable {
            var value: Value
            /// Where the value sits in its holder: its key in an object, its offset in an array. Nil
            /// for the root.
            @usableFromInline var name: Inicis.ValidationPath.Component?
            /// The array or object that holds the value; -1 for the root.
            var holder: Int
            /// One past the value's last node: its next sibling, or the next node after its holder.
            var end: Int
        }

        /// The root is the first node.
        static let root = 0

        // Written only here, but read by `member` and `element` in generated code: they are
        // inlinable, so that a model's `write(to:)` calls them specialized, as in one module.
        @usableFromInline var nodes: [Node] = []
        /// The array or object being written; -1 before the root and after it.
        private var open = -1

        /// Written by the model's own `write(to:)`, called directly: generated code calls this
        /// inlined, so the model is not copied into an existential box first.
        @inlinable
        public init<Root: Inicis.JSONDocumentWritable>(_ root: Root) {
            root.write(to: &self)
        }

        /// The document of a value whose type is only known at run time: one copy of this code
        /// serves every model.
        init(writing root: any Inicis.JSONDocumentWritable) {
            root.write(to: &self)
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
    /// A value without contents. Arrays and objects go through `beginArray`/`beginObject` instead.
    public mutating func writeScalar(_ value: Value) {
        nodes.append(Node(value: value, name: nil, holder: open, end: nodes.count + 1))
    }

    /// Starts an object: the values written until `end(_:)` are its members.
    public mutating func beginObject() -> Int { begin(.object) }

    /// Starts an array: the values written until `end(_:)` are its elements.
    public mutating func beginArray() -> Int { begin(.array) }

    private mutating func begin(_ value: Value) -> Int {
        let container = nodes.count
        nodes.append(Node(value: value, name: nil, holder: open, end: container + 1))
        open = container
        return container
    }

    /// Ends the array or object that `beginArray`/`beginObject` returned `container` for.
    public mutating func end(_ container: Int) {
        precondition(container == open, "Inicis.JSONDocument: containers end in the reverse order they began")
        nodes[container].end = nodes.count
        open = nodes[container].holder
    }

    /// A member of the object being written. A nil value is absent on the wire, so it writes
    /// nothing.
    @inlinable
    public mutating func member<Member: Inicis.JSONDocumentWritable>(_ key: String, _ value: Member?) {
        guard let value else { return }
        let start = nodes.count
        value.write(to: &self)
        // The value writes itself without knowing where it sits; its holder names it.
        nodes[start].name = .key(key)
    }

    /// Every member of `fields`, after the known ones: what the model did not recognise.
    public mutating func members(_ fields: Inicis.UnknownFields) {
        for member in fields.members {
            self.member(member.key, member.value)
        }
    }

    /// The element at `offset` of the array being written.
    @inlinable
    public mutating func element<Element: Inicis.JSONDocumentWritable>(_ offset: Int, _ value: Element) {
        let start = nodes.count
        value.write(to: &self)
        nodes[start].name = .index(offset)
    }
}
