extension ModelBuilder {
    /// An `<omitted>` element: `name` in an object, `value` in an enum. The reason is kept as
    /// written, without the white space around it; the checker refuses a blank one.
    func omission(_ node: ElementNode, naming attribute: StaticString) -> Omission {
        Omission(
            name: node.attribute(attribute) ?? "",
            reason: node.attribute("reason") ?? "",
            location: location(of: node)
        )
    }
}
