/// A key or enum value that PortOne's schema defines and this schema leaves out on purpose, with
/// the reason (`<omitted name="customData" reason="…"/>` in an object, `<omitted value="…"/>` in an
/// enum).
///
/// It is how an intended difference from PortOne is written down where it applies, so that
/// `inicis-codegen audit` can tell it from drift, and can say when PortOne has dropped the key or
/// value and the omission explains nothing any more.
public struct Omission: Sendable, Hashable {
    /// The JSON key (in an object) or the wire value (in an enum).
    public var name: String
    /// Why the schema leaves it out; for maintainers, in English or Korean.
    public var reason: String
    public var location: SourceLocation

    public init(name: String, reason: String, location: SourceLocation) {
        self.name = name
        self.reason = reason
        self.location = location
    }
}
