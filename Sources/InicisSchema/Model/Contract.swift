/// A feature that works only after a separate contract with Inicis.
public struct Contract: Sendable, Hashable, Identifiable {
    public var id: String
    /// The guide's name of the feature ("부가세 및 비과세 금액 직접 설정").
    public var name: String
    public var documentation: Documentation
    public var location: SourceLocation

    public init(id: String, name: String, documentation: Documentation = .init(), location: SourceLocation) {
        self.id = id
        self.name = name
        self.documentation = documentation
        self.location = location
    }
}

extension Contract {
    /// The static property of `Inicis.Contract` that names the contract: `vat-tax-free` →
    /// `vatTaxFree`. Names that coincide (`x-1` and `x1`) are reported by the checker.
    public var swiftName: String {
        let upper = id.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return upper.prefix(1).lowercased() + upper.dropFirst()
    }

    /// What `Inicis.Contract` declares besides the contracts' properties.
    public static let reservedSwiftNames: Set<String> = ["allKnown"]
}
