/// What a field is on one platform, in the form the validator walks.
typealias RequirementSpec = SchemaTables.Requirement

/// The JSON a field holds, with named types resolved to positions in the catalog.
indirect enum ValueSpec: Sendable {
    case string
    case integer
    case boolean
    case dateTime
    case json
    /// A wire value of `RequestCatalog.enums[index]`.
    case enumeration(Int)
    /// A JSON object described by `RequestCatalog.objects[index]`.
    case object(Int)
    case array(ValueSpec)
}

/// A class, so that looking at a field retains one reference instead of copying its strings.
final class FieldSpec: Sendable {
    let name: String
    let label: String?
    let value: ValueSpec
    let pc: RequirementSpec?
    let mobile: RequirementSpec?
    let api: RequirementSpec?
    let contract: InicisContract?
    /// Position in `RequestCatalog.grammars`.
    let grammar: Int?
    let isRemoved: Bool
    let sensitivity: Sensitivity?

    init(_ field: SchemaTables.Field, value: ValueSpec, grammar: Int?) {
        name = field.name
        label = field.label
        self.value = value
        pc = field.pc
        mobile = field.mobile
        api = field.api
        contract = field.contract.map(InicisContract.init(rawValue:))
        self.grammar = grammar
        isRemoved = field.removed ?? false
        sensitivity = field.sensitivity
    }

    func requirement(on platform: InicisPlatform) -> RequirementSpec? {
        switch platform {
        case .pc: pc
        case .mobile: mobile
        case .api: api
        }
    }
}
