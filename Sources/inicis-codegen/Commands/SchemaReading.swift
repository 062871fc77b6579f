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
        var bytes: [UInt8] = []
        if loader.sizeProblem(fileSize(path), path: path) == nil {
            bytes = try readFile(path, atMost: loader.maximumFileSize + 1)
        }
        if let problem = loader.sizeProblem(max(bytes.count, fileSize(path)), path: path) {
            Terminal.printDiagnostics([problem])
            return nil
        }
        let result = loader.load(bytes, path: path)
        Terminal.printDiagnostics(result.diagnostics)
        return result.schema
    }

    /// The file's bytes, or its first `limit` bytes when it is longer. Read straight into the
    /// array (no intermediate `Data`), so a big file is in memory once.
    static func readFile(_ path: String, atMost limit: Int = .max) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw UnusableInput(description: "\(path): error: no such file")
        }
        guard !isDirectory.boolValue else {
            throw UnusableInput(description: "\(path): error: is a directory, not a file")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw UnusableInput(description: "\(path): error: cannot read the file (permission denied?)")
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(limit, fileSize(path)))
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
        return bytes
    }

    /// The size the file system reports; 0 for files without one (pipes, devices).
    private static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
