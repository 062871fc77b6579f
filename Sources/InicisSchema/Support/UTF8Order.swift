/// Ordering strings by their UTF-8 bytes: what every sorted output uses, so that no order
/// depends on locale, collation or Unicode normalisation.
package enum UTF8Order {
    package static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
