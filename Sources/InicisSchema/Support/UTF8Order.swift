/// Ordering strings by their UTF-8 bytes: what every sorted output uses, so that no order
/// depends on locale or collation.
///
/// `a.utf8.lexicographicallyPrecedes(b.utf8)` means the same but walks both views generically,
/// about a thousand instructions per comparison of two paths; sorting the 235 generated files
/// took more than reading them.
package enum UTF8Order {
    package static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        if let result = lhs.utf8.withContiguousStorageIfAvailable({ left in
            rhs.utf8.withContiguousStorageIfAvailable { right in precedes(left, right) }
        }), let result {
            return result
        }
        return lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    private static func precedes(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<min(lhs.count, rhs.count) where lhs[index] != rhs[index] {
            return lhs[index] < rhs[index]
        }
        return lhs.count < rhs.count
    }
}
