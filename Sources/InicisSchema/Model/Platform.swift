/// Where a request is sent from: the browser SDK on a PC or a mobile browser, or PortOne's REST API.
public enum Platform: String, Sendable, Hashable, CaseIterable, Comparable {
    case pc
    case mobile
    case api

    public static func < (lhs: Platform, rhs: Platform) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What a field is on one platform: how much it is needed, and what Inicis does with it.
public enum PlatformRequirement: String, Sendable, Hashable, CaseIterable {
    /// Must be present whenever its parent object is.
    case required
    /// Required only as part of a group or under a condition, stated by a rule.
    case conditional
    case optional
    /// Accepted, but Inicis does nothing with it.
    case ignored
    /// Not supported on this platform: it has no effect there.
    case unsupported
}

/// A field's requirement on each platform it applies to. A platform that is absent does not apply
/// (a REST field on `pc`, an SDK field on `api`).
public struct PlatformRequirements: Sendable, Hashable {
    public var byPlatform: [Platform: PlatformRequirement]

    public init(_ byPlatform: [Platform: PlatformRequirement] = [:]) {
        self.byPlatform = byPlatform
    }

    public subscript(platform: Platform) -> PlatformRequirement? {
        byPlatform[platform]
    }

    /// Required on every platform it applies to, so the model can make it non-optional.
    public var isRequiredEverywhere: Bool {
        !byPlatform.isEmpty && byPlatform.values.allSatisfy { $0 == .required }
    }
}
