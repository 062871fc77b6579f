import Foundation
import InicisCodegen
import Testing

/// Every file under a folder with its bytes, to prove a run changed nothing or to compare two trees.
struct FolderSnapshot: Equatable, CustomTestStringConvertible {
    var files: [String: Data]

    init(_ root: URL) {
        var files: [String: Data] = [:]
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? []
        for path in paths {
            var isDirectory: ObjCBool = false
            let full = root.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full) ?? Data()
            }
        }
        self.files = files
    }

    /// Failure messages name the differences, not every byte.
    var testDescription: String { "\(files.count) files" }

    /// Every folder under `root`, deepest last.
    static func folders(under root: URL) -> [URL] {
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? []
        return paths.sorted().compactMap { path in
            var isDirectory: ObjCBool = false
            let url = root.appendingPathComponent(path)
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue ? url : nil
        }
    }

    /// A readable account of how `other` differs: missing and extra files, and a unified diff of each changed one.
    func differences(to other: FolderSnapshot, names: (String, String)) -> String {
        var report: [String] = []
        for path in Set(files.keys).union(other.files.keys).sorted() {
            switch (files[path], other.files[path]) {
            case (nil, _): report.append("only in \(names.1): \(path)")
            case (_, nil): report.append("only in \(names.0): \(path)")
            case let (mine?, theirs?) where mine != theirs:
                report.append(UnifiedDiff.render(
                    old: String(decoding: mine, as: UTF8.self), new: String(decoding: theirs, as: UTF8.self),
                    oldName: "\(names.0)/\(path)", newName: "\(names.1)/\(path)", maxLines: 80))
            default: break
            }
        }
        return report.joined(separator: "\n")
    }
}
