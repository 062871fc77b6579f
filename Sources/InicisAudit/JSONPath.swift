/// Where a key sits from the request root, as the report names it: `card.installment.monthOption`,
/// `products[].amount` (`[]`: any element of the array).
struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    static let root = JSONPath(description: "")

    private(set) var description: String

    func appending(_ key: String) -> JSONPath {
        JSONPath(description: description.isEmpty ? key : "\(description).\(key)")
    }

    /// The elements of the array at this path.
    var element: JSONPath {
        JSONPath(description: description + "[]")
    }
}
