import InicisSchema

/// Stable, unique HTML anchors for one page: `payment-customer-fullname`; a second path that
/// slugs the same way gets `-2`.
struct AnchorSet {
    private var used: Set<String>
    /// One buffer for every slug of the page: an operation page claims hundreds of anchors, and a
    /// fresh buffer (and a variadic parts array) per claim cost more than the slugging itself.
    private var slug: [UInt8] = []

    /// `capacity`: how many anchors the page will claim, so that the set never rehashes.
    init(capacity: Int) {
        used = Set(minimumCapacity: capacity)
        slug.reserveCapacity(128)
    }

    /// The slug of `part` alone (an already slugged anchor stays as it is).
    mutating func claim(_ part: String) -> String {
        slug.removeAll(keepingCapacity: true)
        AnchorSlug.append(part, to: &slug)
        return claimSlug()
    }

    /// `first-second`, each part slugged.
    mutating func claim(_ first: String, _ second: String) -> String {
        slug.removeAll(keepingCapacity: true)
        AnchorSlug.append(first, to: &slug)
        slug.append(UInt8(ascii: "-"))
        AnchorSlug.append(second, to: &slug)
        return claimSlug()
    }

    /// `first-second-third`, each part slugged.
    mutating func claim(_ first: String, _ second: String, _ third: String) -> String {
        slug.removeAll(keepingCapacity: true)
        AnchorSlug.append(first, to: &slug)
        slug.append(UInt8(ascii: "-"))
        AnchorSlug.append(second, to: &slug)
        slug.append(UInt8(ascii: "-"))
        AnchorSlug.append(third, to: &slug)
        return claimSlug()
    }

    /// The slug in the buffer, or with `-2`, `-3`, … when an earlier claim took it.
    private mutating func claimSlug() -> String {
        let base = String(decoding: slug, as: UTF8.self)
        var anchor = base
        var counter = 2
        while !used.insert(anchor).inserted {
            anchor = base + "-" + String(counter)
            counter += 1
        }
        return anchor
    }
}
