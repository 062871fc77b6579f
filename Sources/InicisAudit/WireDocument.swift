/// One of PortOne's two documents, as the walk reads it: nodes resolved into `WireShape`s.
protocol WireDocument: Sendable {
    /// How messages name the document: "PortOne's SDK", "PortOne's REST API".
    var title: String { get }
    /// Enums carry a `valuePrefix` to compare with the schema's `alias-prefix` (the SDK only).
    var hasValuePrefixes: Bool { get }
    /// Whether date-time strings are told apart from other strings (OpenAPI's `format`).
    var marksDateTimes: Bool { get }
    /// Whether an object whose properties are all optional may stand for a one-of: PortOne's
    /// OpenAPI document states "only one of these" in prose (`CustomerNameInput`,
    /// `InstantPaymentMethodInputVirtualAccountExpiry`), where the SDK schema has `oneOf`.
    var writesOneOfAsObject: Bool { get }

    func resolve(_ node: WireNode) throws -> ResolvedWireNode
}
