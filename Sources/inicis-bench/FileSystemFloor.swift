import Foundation

/// The least any program could spend writing a regeneration into an empty folder: the same files
/// and folders created with plain `mkdir`, `open`, `write` and `close`, in this process, with no
/// temporary names, renames or comparisons. It is timed under the conditions of the empty-folder
/// regeneration (after `sync()`, on a new folder), so the two can be read side by side.
struct FileSystemFloor {
    /// Relative paths and bytes of the files to write, folders before their files.
    let files: [(path: String, bytes: [UInt8])]

    /// The regular files under `folder`, as they are.
    init(copying folder: String) throws {
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        guard let walker = FileManager.default.enumerator(atPath: folder) else {
            throw BenchmarkFailure(description: "cannot list \(folder)")
        }
        var files: [(path: String, bytes: [UInt8])] = []
        while let path = walker.nextObject() as? String {
            let url = root.appendingPathComponent(path)
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            files.append((path, [UInt8](try Data(contentsOf: url))))
        }
        self.files = files.sorted { $0.path < $1.path }
    }

    /// Writes every file under `folder`, which must not exist yet, and returns how long it took.
    func time(writingInto folder: String) throws -> Duration {
        try ContinuousClock().measure {
            var made: Set<String> = []
            try makeFolder(folder, made: &made)
            for file in files {
                try makeFolders(for: folder + "/" + file.path, made: &made)
                try write(file.bytes, to: folder + "/" + file.path)
            }
        }
    }

    /// Makes the folders of `path` below the output folder, which `made` already holds.
    private func makeFolders(for path: String, made: inout Set<String>) throws {
        let parent = (path as NSString).deletingLastPathComponent
        guard !made.contains(parent) else { return }
        try makeFolders(for: parent, made: &made)
        try makeFolder(parent, made: &made)
    }

    private func makeFolder(_ path: String, made: inout Set<String>) throws {
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            throw BenchmarkFailure(description: "mkdir \(path): \(String(cString: strerror(errno)))")
        }
        made.insert(path)
    }

    private func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw BenchmarkFailure(description: "open \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw BenchmarkFailure(description: "write \(path) was cut short") }
    }
}
