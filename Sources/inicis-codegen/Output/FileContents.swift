import Foundation

/// Whole-file reads and writes for the output folder.
enum FileContents {
    /// The file's bytes; nil when it is missing or not a regular file. Only regular files are
    /// opened: opening a FIFO that stands in a generated file's place would wait for a writer
    /// forever. By path, not URL: turning URLs back into paths was a third of reading the folder.
    static func read(atPath path: String) -> Data? {
        guard isRegularFile(path) else { return nil }
        return FileManager.default.contents(atPath: path)
    }

    /// POSIX `stat` (the same on Linux and macOS), not `FileManager.attributesOfItem`: that also
    /// looks up the owner's and group's names, reading /etc/passwd and /etc/group for every file,
    /// which doubled the time of a regeneration.
    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// Creates or truncates the file and writes `data` into it.
    ///
    /// Not `Data.write(to:)`: it syncs each file to disk, about 25 ms a file here, which made a
    /// fresh generation of a few hundred files take seconds. The folder needs no durability of
    /// its own: it is rebuilt from the schema, and the writer's renames keep it consistent.
    static func write(_ data: Data, to url: URL) throws {
        // An empty write creates the file without syncing (there is nothing to sync).
        try Data().write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
    }
}
