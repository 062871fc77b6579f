import InicisSchema

/// The fields of a bypass object that one platform's payment module reads (`InicisV2Bypass.PC`:
/// `logo_url`, …, `acceptmethod`), with grammar fields typed by their grammar's enum. PC and
/// mobile get separate types, so a mobile option cannot be put into a PC parameter.
struct PlatformParameterSet {
    var platform: Platform
    var fields: [Field]

    /// `PC`, `Mobile`, `API`: the nested type.
    var typeName: String {
        switch platform {
        case .pc: "PC"
        case .mobile: "Mobile"
        case .api: "API"
        }
    }

    /// `pc`, `mobile`, `api`: the initializer label and the reading accessor.
    var label: String { platform.rawValue }

    /// One set per platform that supports at least one field, in platform order. A field that is
    /// not `unsupported` on several platforms is in each of their sets.
    static func sets(of object: ObjectType) -> [PlatformParameterSet] {
        let fields = object.fields.filter { !$0.isRemovedFromWire }
        return Platform.allCases.compactMap { platform in
            let supported = fields.filter { isSupported($0, on: platform) }
            return supported.isEmpty ? nil : PlatformParameterSet(platform: platform, fields: supported)
        }
    }

    /// A field that states nothing about platforms applies everywhere (as the pages read it). A
    /// field Inicis ignores on the platform is not read there, so it is not in that set either
    /// (one ignored everywhere is deprecated in the model, which the library must not read).
    private static func isSupported(_ field: Field, on platform: Platform) -> Bool {
        if field.requirements.byPlatform.isEmpty { return true }
        guard let requirement = field.requirements[platform] else { return false }
        return requirement != .unsupported && requirement != .ignored
    }

    /// Objects that get typed sets: structures with a grammar field, none of whose fields is
    /// required (the typed sets are optional parts, so they could not supply a required value),
    /// and with at least one set (without any, the typed initializer would have no parameter).
    static func applies(to object: ObjectType) -> Bool {
        let fields = object.fields.filter { !$0.isRemovedFromWire }
        return object.shape == .structure
            && fields.contains { $0.grammar != nil }
            && !fields.contains { $0.requirements.isRequiredEverywhere }
            && !sets(of: object).isEmpty
    }
}
