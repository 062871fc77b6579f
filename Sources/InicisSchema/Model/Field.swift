/// One property of a request object, under its exact wire name.
public struct Field: Sendable, Hashable {
    /// The JSON key, exactly as PortOne spells it (`avaliableCarriers` included).
    public var wireName: String
    /// The Swift property name: `declaredSwiftName`, or the one `SwiftNaming` derives from the
    /// wire name.
    public var swiftName: String
    /// The `swift-name` the schema gives, if any.
    public var declaredSwiftName: String?
    public var type: FieldType
    public var requirements: PlatformRequirements
    /// Setting this field needs this Inicis contract (a `Contract` id).
    public var contract: String?
    /// A bypass option grammar that the field's string values follow (a `BypassGrammar` id).
    public var grammar: String?
    /// Documented by the guide but gone from PortOne's SDK: kept for the pages and the validator,
    /// left out of the Swift model.
    public var isRemovedFromWire: Bool
    /// Card or personal data (card number, birth date, password digits, identity number): never
    /// echoed by the validator, printed redacted by the model's `description`.
    public var isSecret: Bool
    /// Personal data (names, phone numbers, email and postal addresses, zip codes): never shown by
    /// the model's `description` or `dump`, nor by a validation message.
    public var isPersonal: Bool
    public var documentation: Documentation
    public var location: SourceLocation

    public init(
        wireName: String,
        swiftName: String? = nil,
        type: FieldType,
        requirements: PlatformRequirements = .init(),
        contract: String? = nil,
        grammar: String? = nil,
        isRemovedFromWire: Bool = false,
        isSecret: Bool = false,
        isPersonal: Bool = false,
        documentation: Documentation = .init(),
        location: SourceLocation
    ) {
        self.wireName = wireName
        self.swiftName = swiftName ?? SwiftNaming.propertyName(wireName: wireName)
        declaredSwiftName = swiftName
        self.type = type
        self.requirements = requirements
        self.contract = contract
        self.grammar = grammar
        self.isRemovedFromWire = isRemovedFromWire
        self.isSecret = isSecret
        self.isPersonal = isPersonal
        self.documentation = documentation
        self.location = location
    }
}
