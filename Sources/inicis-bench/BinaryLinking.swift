import Foundation

/// How an executable is linked, for the report: one that the dynamic loader must first map and
/// resolve a dozen shared libraries for starts several milliseconds later, which matters when the
/// budget is a few times a program's start.
enum BinaryLinking {
    /// "static executable", "static Swift runtime" or "dynamic Swift runtime".
    static func describe(_ executable: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: executable) else { return "unknown linking" }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 4 << 20)) ?? Data())
        guard let hasInterpreter = ELFHeader.hasInterpreter(head) else { return "unknown linking" }
        if !hasInterpreter { return "static executable" }
        // The libraries an executable needs are named in its dynamic string table, near the start.
        let isDynamicRuntime = Data(head).range(of: Data("libswiftCore.so".utf8)) != nil
        return isDynamicRuntime ? "dynamic Swift runtime" : "static Swift runtime"
    }
}

/// The little of a 64-bit little-endian ELF header that `BinaryLinking` needs.
enum ELFHeader {
    /// Whether the program headers ask for an interpreter (the dynamic loader); nil when `bytes`
    /// do not start a 64-bit little-endian ELF file whose program headers they contain.
    static func hasInterpreter(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 64, bytes[0 ..< 4].elementsEqual([0x7F, 0x45, 0x4C, 0x46]),
              bytes[4] == 2, bytes[5] == 1 else { return nil }
        let tableOffset = integer(bytes, at: 32, size: 8)
        let entrySize = integer(bytes, at: 54, size: 2)
        let entryCount = integer(bytes, at: 56, size: 2)
        guard entrySize >= 4, tableOffset + entrySize * entryCount <= bytes.count else { return nil }
        let interpreterType = 3  // PT_INTERP
        return (0 ..< entryCount).contains { integer(bytes, at: tableOffset + $0 * entrySize, size: 4) == interpreterType }
    }

    private static func integer(_ bytes: [UInt8], at offset: Int, size: Int) -> Int {
        (0 ..< size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }
}
