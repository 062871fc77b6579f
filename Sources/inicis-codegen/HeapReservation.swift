#if canImport(Glibc)
import CMalloc
import Glibc
#endif

/// Grows the heap once, at start, and asks the kernel to back it with 2 MB pages.
///
/// A regeneration lives about 20 ms and touches a few megabytes of fresh heap. With 4 KB pages
/// each first touch is a page fault, about 2 µs here counting the page's teardown at exit: over a
/// thousand of them, a tenth of the run. Transparent huge pages are usually offered on request
/// only (`madvise` mode), so the heap is grown by `size` in one step and that range is advised.
/// Measured alternately, release build: about 1 ms less per regeneration and a quarter fewer page
/// faults (issue 8). Dispatch's worker threads allocate from arenas of their own, not covered.
///
/// Only a hint: where huge pages are disabled, or on another C library, nothing changes.
enum HeapReservation {
    static let size = 32 << 20

    static func reserve() {
        #if canImport(Glibc)
        let hugePage = UInt(2 << 20)
        // Large arrays (a generated page, the schema's bytes) stay in the advised heap instead of
        // getting mappings of their own, and freeing them does not hand the range back.
        guard mallopt(M_MMAP_THRESHOLD, Int32(16 << 20)) == 1,
              mallopt(M_TRIM_THRESHOLD, Int32(size * 2)) == 1,
              mallopt(M_TOP_PAD, Int32(size)) == 1 else { return }
        let start = UInt(bitPattern: sbrk(0))
        // Larger than whatever is left at the heap's top, so the heap grows now, by `size` more.
        UnsafeMutableRawPointer.allocate(byteCount: 1 << 20, alignment: 16).deallocate()
        let end = UInt(bitPattern: sbrk(0))
        let from = (start + hugePage - 1) & ~(hugePage - 1)
        let to = end & ~(hugePage - 1)
        guard to > from, let base = UnsafeMutableRawPointer(bitPattern: from) else { return }
        _ = madvise(base, Int(to - from), MADV_HUGEPAGE)
        #endif
    }
}
