import Foundation

/// Reads and writes whole files with plain POSIX calls, for the generated folder's hundreds of
/// files. Foundation's `Data.write(to:)` syncs every file to disk: for a hundred generated files
/// that was most of a fresh generation's time, and the generated folder needs no durability of
/// its own (it is rebuilt from the schema, and git keeps it). `FileManager.contents(atPath:)`
/// costs several times a plain read.
enum FileBytes {
    /// The file's bytes; nil when it does not exist or cannot be read (as `FileManager` answers).
    static func read(_ path: String) -> [UInt8]? {
        // Non-blocking, so that a FIFO in the folder's place cannot hang the run before the check
        // below refuses it; for a regular file the flag changes nothing.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var complete = true
        // One more byte than the size asks for, so a file that grew meanwhile is not taken as equal.
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initializedCount in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else {
                    complete = count == 0
                    break
                }
                offset += count
            }
            initializedCount = offset
        }
        return complete ? bytes : nil
    }

    /// What the file at `path` holds compared with `expected`.
    enum Comparison {
        /// Missing, or not a regular file that can be read.
        case missing
        case same
        /// The file's whole contents.
        case different([UInt8])
    }

    /// Compares the file with `expected` a block at a time through one small buffer, and reads
    /// the whole file only when it differs. Reading every file of a regeneration into arrays of
    /// its own touched a megabyte of fresh memory, and in a process that lives 20 ms each fresh
    /// page costs more than reading it (issue 8).
    static func compare(_ path: String, with expected: [UInt8]) -> Comparison {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .missing }
        var status = stat()
        let isRegular = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        let matches = isRegular && Int(status.st_size) == expected.count && contentsMatch(descriptor, expected)
        close(descriptor)
        if matches { return .same }
        guard isRegular, let current = read(path) else { return .missing }
        // The file may have changed between the two reads; the full read is what counts.
        return equal(current, expected) ? .same : .different(current)
    }

    /// Whether what is left to read from `descriptor` is exactly `expected`.
    private static func contentsMatch(_ descriptor: Int32, _ expected: [UInt8]) -> Bool {
        let blockSize = 1 << 16
        let block = UnsafeMutableRawPointer.allocate(byteCount: blockSize, alignment: 16)
        defer { block.deallocate() }
        return expected.withUnsafeBytes { expectedBytes in
            var offset = 0
            while true {
                let count = Foundation.read(descriptor, block, blockSize)
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { return false }
                // End of file: equal only if every expected byte was seen.
                if count == 0 { return offset == expectedBytes.count }
                guard count <= expectedBytes.count - offset,
                      memcmp(block, expectedBytes.baseAddress! + offset, count) == 0 else { return false }
                offset += count
            }
        }
    }

    /// Byte equality with `memcmp`: `==` on `[UInt8]` compares element by element, which for the
    /// 2 MB of a regeneration was as slow as reading the files.
    static func equal(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        guard !lhs.isEmpty else { return true }
        return lhs.withUnsafeBytes { left in
            rhs.withUnsafeBytes { right in memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0 }
        }
    }

    static func write(_ data: [UInt8], to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += written
            }
        }
    }
}
