import InicisSchema

/// Stable, unique HTML anchors for one page: `payment-customer-fullname`; a second path that
/// slugs the same way gets `-2`.
struct AnchorSet {
    private var used: Set<String>

    /// `capacity`: how many anchors the page will claim, so that the set never rehashes.
    init(capacity: Int) {
        used = Set(minimumCapacity: capacity)
    }

    mutating func claim(_ parts: String...) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: "-")) }
            AnchorSlug.append(part, to: &bytes)
        }
        let base = String(decoding: bytes, as: UTF8.self)
        var anchor = base
        var counter = 2
        while !used.insert(anchor).inserted {
            anchor = base + "-" + String(counter)
            counter += 1
        }
        return anchor
    }
}
