/// Where each id is declared in one of the schema's arrays, so that `schema.object(id)` is a
/// dictionary lookup: the emitters look types up for every field, and a linear search made
/// generation quadratic in the size of the schema.
///
/// It is derived data, rebuilt whenever its array changes; two schemas with equal declarations
/// have equal indexes, so it takes no part in equality and hashing.
struct DeclarationIndex: Sendable, Hashable {
    private var positions: [String: Int] = [:]

    /// Where an id is declared twice (a checker error), the first declaration wins, as a linear
    /// search would find it.
    init<Declarations: Collection>(_ declarations: Declarations, id: (Declarations.Element) -> String) {
        positions.reserveCapacity(declarations.count)
        for (position, declaration) in declarations.enumerated() where positions[id(declaration)] == nil {
            positions[id(declaration)] = position
        }
    }

    func position(of id: String) -> Int? {
        positions[id]
    }

    static func == (lhs: DeclarationIndex, rhs: DeclarationIndex) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
