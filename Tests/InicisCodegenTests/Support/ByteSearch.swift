#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether bytes hold other bytes, with the C library's `memchr` and `memcmp`:
/// `Data.range(of:)` takes about a third of a second per search in the megabyte and more of HTML
/// the injected-text test renders, which made that test run for a quarter of an hour.
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        return haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                guard let base = hay.baseAddress, let pattern = pin.baseAddress, hay.count >= pin.count else { return false }
                var offset = 0
                let last = hay.count - pin.count
                while offset <= last {
                    guard let found = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
                    let position = base.distance(to: UnsafeRawPointer(found))
                    if memcmp(base + position, pattern, pin.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }
}
