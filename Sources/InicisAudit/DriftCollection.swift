import InicisSchema

/// The drifts of one operation, each reported once: an object or enum reached along several
/// paths of a request (`customer.address` and `shippingAddress` are both `SeparatedAddressInput`)
/// differs from PortOne once, with every path it shows at.
struct DriftCollection {
    private(set) var drifts: [Drift] = []
    private var positions: [Key: Int] = [:]

    private struct Key: Hashable {
        var kind: DriftKind
        var subject: DriftSubject
        var upstream: UpstreamLocation
        var detail: String
    }

    mutating func add(_ drift: Drift) {
        let key = Key(kind: drift.kind, subject: drift.subject, upstream: drift.upstream, detail: drift.detail)
        if let position = positions[key] {
            for path in drift.paths where !drifts[position].paths.contains(path) {
                drifts[position].paths.append(path)
            }
        } else {
            positions[key] = drifts.count
            drifts.append(drift)
        }
    }
}
