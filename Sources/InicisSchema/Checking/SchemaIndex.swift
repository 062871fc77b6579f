/// Lookup tables over one schema, so that every check is a dictionary lookup rather than a scan.
/// Where ids are duplicated (an error reported on its own), the first declaration wins.
struct SchemaIndex {
    let enums: [String: EnumType]
    let objects: [String: ObjectType]
    /// Fields by object id, then by wire name.
    let fields: [String: [String: Field]]
    let contractIDs: Set<String>
    let grammars: [String: BypassGrammar]
    let operations: [String: Operation]
    let reachability: ObjectReachability

    init(_ schema: Schema, reachability: ObjectReachability) {
        enums = Self.firstByID(schema.enums, id: \.id)
        objects = Self.firstByID(schema.objects, id: \.id)
        fields = objects.mapValues { Self.firstByID($0.fields, id: \.wireName) }
        contractIDs = Set(schema.contracts.map(\.id))
        grammars = Self.firstByID(schema.grammars, id: \.id)
        operations = Self.firstByID(schema.operations, id: \.id)
        self.reachability = reachability
    }

    private static func firstByID<Item>(_ items: [Item], id: (Item) -> String) -> [String: Item] {
        // One hash per item, keeping the first of each id.
        Dictionary(items.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
    }
}
