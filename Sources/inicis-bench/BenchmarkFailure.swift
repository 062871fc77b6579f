/// Why the benchmark cannot produce a figure: a program that would not start or failed, a
/// synthetic schema that does not load, a sample request that is not valid.
struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
}
