import Foundation
import InicisSchema

/// The schema side of every command's pipeline: read the file, load it (parse, XSD, model, check),
/// print the diagnostics compiler-style on stderr, and resolve a clean schema for the emitters.
enum SchemaReading {
    /// The resolved schema at `path`. Returns nil after printing the diagnostics when it has
    /// errors; throws `UnusableInput` when the file cannot be read at all.
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
        return result.schema?.resolved()
    }

    /// The file's bytes, or its first `limit` bytes when it is longer.
    static func readFile(_ path: String, atMost limit: Int = .max) throws -> [UInt8] {
        try readFile(path, atMost: limit, unlessLargerThan: .max).bytes
    }

    /// The bytes read, and the size the file system reports (0 for pipes and devices). Nothing is
    /// read when the reported size is over `refusedSize`.
    private static func readFile(_ path: String, atMost limit: Int, unlessLargerThan refusedSize: Int) throws -> (bytes: [UInt8], reportedSize: Int) {
        let file = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        } catch {
            throw UnusableInput(description: FileManager.default.fileExists(atPath: file.path)
                ? "\(path): error: cannot read the file (permission denied?)"
                : "\(path): error: no such file")
        }
        let type = attributes[.type] as? FileAttributeType
        guard type != .typeDirectory else {
            throw UnusableInput(description: "\(path): error: is a directory, not a file")
        }
        // Only regular files have a meaningful size.
        let reportedSize = type == .typeRegular ? (attributes[.size] as? Int ?? 0) : 0
        guard reportedSize <= refusedSize else { return ([], reportedSize) }
        guard let handle = FileHandle(forReadingAtPath: file.path) else {
            throw UnusableInput(description: "\(path): error: cannot read the file (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            return ([UInt8](try handle.read(upToCount: limit) ?? Data()), reportedSize)
        } catch {
            throw UnusableInput(description: "\(path): error: cannot read the file (\(error.localizedDescription))")
        }
    }
}
