/// One of the guide's tables of payment methods: which parameter value selects which method.
public struct PayMethodTable: Sendable, Hashable, Identifiable {
    public var id: String
    /// The guide's heading ("결제창 일반 결제").
    public var title: String
    /// The parameter the rows set (`payMethod`, `billingKeyMethod`, `method`).
    public var parameter: String
    /// The operations the table applies to.
    public var operations: [String]
    public var rows: [Row]
    public var documentation: Documentation
    public var location: SourceLocation

    public struct Row: Sendable, Hashable {
        public var value: String
        public var label: String
        public var location: SourceLocation

        public init(value: String, label: String, location: SourceLocation) {
            self.value = value
            self.label = label
            self.location = location
        }
    }

    public init(id: String, title: String, parameter: String, operations: [String], rows: [Row], documentation: Documentation = .init(), location: SourceLocation) {
        self.id = id
        self.title = title
        self.parameter = parameter
        self.operations = operations
        self.rows = rows
        self.documentation = documentation
        self.location = location
    }
}
