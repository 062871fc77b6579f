import Foundation
import InicisSchema

/// Reads and loads the schema, printing its diagnostics compiler-style on stderr.
enum SchemaReading {
    /// Loads the schema at `path`. Returns nil after printing the diagnostics when it has errors;
    /// throws `UnusableInput` when the file cannot be read at all.
    static func load(_ path: String) throws -> Schema? {
        let loader = SchemaLoader()
        // A file over the limit is refused from its size, unread; one that has no size (a pipe,
        // /dev/zero) is read only one byte past the limit. A 50 MB file is never held in memory.
        let file = try readFile(path, atMost: loader.maximumFileSize + 1, unlessLargerThan: loader.maximumFileSize)
        if let problem = loader.sizeProblem(max(file.bytes.count, file.reportedSize), path: path) {
            Terminal.printDiagnostics([problem])
            return nil
        }
        let result = loader.load(file.bytes, path: path)
        Terminal.printDiagnostics(result.diagnostics)
        return result.schema
    }

    /// The file's bytes, or its first `limit` bytes when it is longer. Read straight into the
    /// array (no intermediate `Data`), so a big file is in memory once.
    static func readFile(_ path: String, atMost limit: Int = .max) throws -> [UInt8] {
        try readFile(path, atMost: limit, unlessLargerThan: .max).bytes
    }

    /// The bytes read, and the size the file system reports (0 for pipes and devices). Nothing is
    /// read when the reported size is over `refusedSize`.
    ///
    /// Plain `open` and `fstat`: `FileManager`'s attributes also look up the owner's and group's
    /// names, which read /etc/passwd and /etc/group each time, most of a millisecond (issue 8).
    private static func readFile(_ path: String, atMost limit: Int, unlessLargerThan refusedSize: Int) throws -> (bytes: [UInt8], reportedSize: Int) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw UnusableInput(description: errno == ENOENT || errno == ENOTDIR
                ? "\(path): error: no such file"
                : "\(path): error: cannot read the file (permission denied?)")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw UnusableInput(description: "\(path): error: cannot read the file (\(String(cString: strerror(errno))))")
        }
        guard (status.st_mode & S_IFMT) != S_IFDIR else {
            throw UnusableInput(description: "\(path): error: is a directory, not a file")
        }
        // Only regular files have a meaningful size.
        let reportedSize = (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0
        guard reportedSize <= refusedSize else { return ([], reportedSize) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(limit, reportedSize + 1))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else {
                throw UnusableInput(description: "\(path): error: cannot read the file (\(String(cString: strerror(errno))))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return (bytes, reportedSize)
    }
}
