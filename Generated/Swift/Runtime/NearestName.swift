// Copied from Sources/InicisRuntime/NearestName.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis {
    /// The known name closest to a mistyped one (`P_NMANE` → `P_MNAME`, `SAUMSUNGPAY` → `SAMSUNGPAY`),
    /// by optimal string alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbours each cost one. Only close names count: at most a third of the shorter name's length.
    enum NearestName {
        static func suggestion(for name: String, among candidates: [String]) -> String? {
            let target = Array(name.unicodeScalars)
            guard !target.isEmpty, target.count <= 64 else { return nil }
            var best: (name: String, distance: Int)?
            for candidate in candidates where candidate != name {
                let scalars = Array(candidate.unicodeScalars)
                let limit = max(1, min(target.count, scalars.count) / 3)
                guard abs(scalars.count - target.count) <= limit else { continue }
                let distance = self.distance(target, scalars, caseInsensitive: true)
                if distance <= limit, distance < (best?.distance ?? .max) {
                    best = (candidate, distance)
                }
            }
            return best?.name
        }

        /// Optimal string alignment distance; letters that differ only in ASCII case cost nothing.
        static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], caseInsensitive: Bool = false) -> Int {
            if a.isEmpty { return b.count }
            if b.isEmpty { return a.count }
            func same(_ x: Unicode.Scalar, _ y: Unicode.Scalar) -> Bool {
                x == y || (caseInsensitive && folded(x) == folded(y))
            }
            var previous2 = [Int](repeating: 0, count: b.count + 1)
            var previous = Array(0...b.count)
            var current = [Int](repeating: 0, count: b.count + 1)
            for i in 1...a.count {
                current[0] = i
                for j in 1...b.count {
                    let cost = same(a[i - 1], b[j - 1]) ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, same(a[i - 1], b[j - 2]), same(a[i - 2], b[j - 1]) {
                        value = min(value, previous2[j - 2] + 1)
                    }
                    current[j] = value
                }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return previous[b.count]
        }

        private static func folded(_ scalar: Unicode.Scalar) -> UInt32 {
            (0x41...0x5A).contains(scalar.value) ? scalar.value + 0x20 : scalar.value
        }
    }
}
