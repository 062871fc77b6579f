import Foundation

/// How an executable links the Swift runtime, for the report: a static runtime (built with
/// `--static-swift-stdlib`) starts several milliseconds sooner than one that resolves a dozen
/// shared libraries, which matters when the budget is a few times a program's start.
enum BinaryLinking {
    /// "static Swift runtime" or "dynamic Swift runtime", from the names of the shared libraries
    /// the ELF file asks for. They sit in its dynamic string table near the start of the file.
    static func describe(_ executable: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: executable) else { return "unknown linking" }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4 << 20)) ?? Data()
        let isDynamic = head.range(of: Data("libswiftCore.so".utf8)) != nil
        return isDynamic ? "dynamic Swift runtime" : "static Swift runtime"
    }
}
