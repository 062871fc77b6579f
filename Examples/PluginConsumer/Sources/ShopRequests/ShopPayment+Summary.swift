// Hand-written code beside the generated models: it compiles only if the plugin produced them.
extension Inicis.ShopPayment {
    /// One line for logs, with no personal data.
    public var summary: String { "\(orderID): \(amount) \(currency.rawValue)" }
}
