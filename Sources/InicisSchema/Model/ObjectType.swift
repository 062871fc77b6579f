/// A JSON object of the wire format: a struct, or a one-of whose fields are alternatives.
public struct ObjectType: Sendable, Hashable, Identifiable {
    public enum Shape: String, Sendable, Hashable {
        /// Every field may be present.
        case structure
        /// Exactly one field is present (`offerPeriod` is `range` or `interval`).
        case oneOf
    }

    public var id: String
    /// The Swift type name: `declaredSwiftName`, or the one `SwiftNaming` derives from the id.
    public var swiftName: String
    /// The `swift-name` the schema gives, if any.
    public var declaredSwiftName: String?
    public var shape: Shape
    public var fields: [Field]
    /// Rules whose paths are relative to this object, applied wherever it appears.
    public var rules: [Rule]
    /// Keys PortOne defines here that the schema leaves out on purpose (`<omitted name="…">`).
    public var omissions: [Omission]
    public var documentation: Documentation
    public var location: SourceLocation

    public init(id: String, swiftName: String? = nil, shape: Shape = .structure, fields: [Field], rules: [Rule] = [], omissions: [Omission] = [], documentation: Documentation = .init(), location: SourceLocation) {
        self.id = id
        self.swiftName = swiftName ?? SwiftNaming.typeName(id: id)
        declaredSwiftName = swiftName
        self.shape = shape
        self.fields = fields
        self.rules = rules
        self.omissions = omissions
        self.documentation = documentation
        self.location = location
    }

    public func field(_ wireName: String) -> Field? {
        fields.first { $0.wireName == wireName }
    }
}
