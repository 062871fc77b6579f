#if canImport(Glibc)
import CMalloc
import Glibc
#endif

/// The heap configuration of a process that loads one schema and generates from it: the
/// `inicis-codegen` CLI, and `inicis-bench`, which measures the same work in process and so runs
/// under the same configuration.
///
/// A regeneration lives about 20 ms and touches a few megabytes of fresh heap. With 4 KB pages
/// each first touch is a page fault, about 2 µs here counting the page's teardown at exit: over a
/// thousand of them, a tenth of the run. Transparent huge pages are usually offered on request
/// only (`madvise` mode), so the heap is grown by `size` in one step and that range is advised.
/// Measured alternately on the release CLI: about 1 ms less per regeneration and a sixth fewer
/// page faults (issue 8).
///
/// Fast bins are turned off: a large schema frees millions of small blocks and then asks for
/// large ones, and glibc merged the fast bins' blocks on each such request; that was 5% of a
/// 100× schema's time and made it grow faster than the schema. Small blocks are still cached
/// per thread (tcache), so a regeneration of the real schema did not change.
///
/// Only hints: where huge pages are disabled, or on another C library, nothing changes. Dispatch's
/// worker threads allocate from arenas of their own, which the advice does not cover.
public enum HeapReservation {
    private static let size = 32 << 20

    /// Call once, first thing in `main`.
    public static func reserve() {
        #if canImport(Glibc)
        let hugePage = UInt(2 << 20)
        // Large arrays (a generated page, the schema's bytes) stay in the advised heap instead of
        // getting mappings of their own, and freeing them does not hand the range back.
        guard mallopt(M_MXFAST, 0) == 1,
              mallopt(M_MMAP_THRESHOLD, Int32(16 << 20)) == 1,
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
