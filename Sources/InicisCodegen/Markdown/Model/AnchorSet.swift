/// Stable, unique HTML anchors for one page: `payment-customer-fullname`; a second thing that
/// slugs the same way gets `-2`, `-3`. Whoever claims first keeps the plain anchor, so the order
/// of claims is part of the anchor scheme.
struct AnchorSet {
    private var used: Set<String> = []

    mutating func claim(_ parts: String...) -> String {
        let base = parts.map { Naming.anchor($0) }.joined(separator: "-")
        var anchor = base
        var counter = 2
        while !used.insert(anchor).inserted {
            anchor = base + "-" + String(counter)
            counter += 1
        }
        return anchor
    }
}
