import Foundation

/// A fresh folder under the system's temporary directory (or `base`), removed when the test is
/// done with it.
final class TemporaryFolder {
    let url: URL

    init(in base: URL = FileManager.default.temporaryDirectory) throws {
        url = base.appendingPathComponent("inicis-codegen-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // Give write permission back first: some tests take it away.
        _ = try? FileManager.default.subpathsOfDirectory(atPath: url.path).forEach { path in
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.appendingPathComponent(path).path)
        }
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ relative: String) -> URL {
        url.appendingPathComponent(relative)
    }

    func write(_ relative: String, _ text: String) throws {
        let file = path(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }
}
