/// A closed set of wire values, as PortOne defines it, with the subset Inicis supports marked.
public struct EnumType: Sendable, Hashable, Identifiable {
    public var id: String
    /// The Swift type name: `declaredSwiftName`, or the one `SwiftNaming` derives from the id.
    public var swiftName: String
    /// The `swift-name` the schema gives, if any.
    public var declaredSwiftName: String?
    /// PortOne SDK's `valuePrefix`: `CURRENCY` makes `CURRENCY_KRW` an alias of `KRW`.
    public var aliasPrefix: String?
    public var values: [EnumValue]
    /// Values PortOne's enum has that the schema leaves out on purpose (`<omitted value="…">`).
    public var omissions: [Omission]
    /// Where PortOne lists every value (`https://developers.portone.io/…`).
    public var docsURL: String?
    public var documentation: Documentation
    public var location: SourceLocation

    public init(id: String, swiftName: String? = nil, aliasPrefix: String? = nil, values: [EnumValue], omissions: [Omission] = [], docsURL: String? = nil, documentation: Documentation = .init(), location: SourceLocation) {
        self.id = id
        self.swiftName = swiftName ?? SwiftNaming.typeName(id: id)
        declaredSwiftName = swiftName
        self.aliasPrefix = aliasPrefix
        self.values = values
        self.omissions = omissions
        self.docsURL = docsURL
        self.documentation = documentation
        self.location = location
    }

    public func value(_ wire: String) -> EnumValue? {
        values.first { $0.wire == wire }
    }
}

public struct EnumValue: Sendable, Hashable {
    public var wire: String
    /// The Swift case name (escaped where it is written if it is a keyword): `declaredSwiftName`,
    /// or the one `SwiftNaming` derives from the wire value.
    public var swiftName: String
    /// The `swift-name` the schema gives, if any.
    public var declaredSwiftName: String?
    public var inicis: InicisSupport
    public var documentation: Documentation
    public var location: SourceLocation

    public init(wire: String, swiftName: String? = nil, inicis: InicisSupport = .unspecified, documentation: Documentation = .init(), location: SourceLocation) {
        self.wire = wire
        self.swiftName = swiftName ?? SwiftNaming.caseName(wireValue: wire)
        declaredSwiftName = swiftName
        self.inicis = inicis
        self.documentation = documentation
        self.location = location
    }
}

/// Whether Inicis accepts an enum value, as the guide states it.
public enum InicisSupport: String, Sendable, Hashable, CaseIterable {
    case supported
    case unsupported
    /// The guide says nothing about this value for Inicis.
    case unspecified
}
