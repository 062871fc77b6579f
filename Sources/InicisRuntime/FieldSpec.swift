extension Inicis {
    /// What a field is on one platform, in the form the validator walks.
    typealias RequirementSpec = Inicis.SchemaTables.Requirement
}

extension Inicis {
    /// The JSON a field holds, with named types resolved to positions in the catalog.
    indirect enum ValueSpec: Sendable {
        case string
        case integer
        case boolean
        case dateTime
        case json
        /// A wire value of `Inicis.RequestCatalog.enums[index]`.
        case enumeration(Int)
        /// A JSON object described by `Inicis.RequestCatalog.objects[index]`.
        case object(Int)
        case array(Inicis.ValueSpec)
    }
}

extension Inicis {
    /// A class, so that looking at a field retains one reference instead of copying its strings.
    final class FieldSpec: Sendable {
        let name: String
        let label: String?
        let value: Inicis.ValueSpec
        let pc: Inicis.RequirementSpec?
        let mobile: Inicis.RequirementSpec?
        let api: Inicis.RequirementSpec?
        let contract: Inicis.Contract?
        /// Position in `Inicis.RequestCatalog.grammars`.
        let grammar: Int?
        let isRemoved: Bool
        let sensitivity: Inicis.Sensitivity?

        init(_ field: Inicis.SchemaTables.Field, value: Inicis.ValueSpec, grammar: Int?) {
            name = field.name
            label = field.label
            self.value = value
            pc = field.pc
            mobile = field.mobile
            api = field.api
            contract = field.contract.map(Inicis.Contract.init(rawValue:))
            self.grammar = grammar
            isRemoved = field.removed ?? false
            sensitivity = field.sensitivity
        }

        /// Required on every platform the field applies to: its model property is not optional,
        /// and decoding fails without it.
        var isRequiredEverywhere: Bool {
            let requirements = [pc, mobile, api].compactMap { $0 }
            return !requirements.isEmpty && requirements.allSatisfy { $0 == .required }
        }

        func requirement(on platform: Inicis.Platform) -> Inicis.RequirementSpec? {
            switch platform {
            case .pc: pc
            case .mobile: mobile
            case .api: api
            }
        }
    }
}
