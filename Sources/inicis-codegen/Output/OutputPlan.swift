import Foundation
import InicisCodegen
import InicisSchema

/// What it takes to make an output folder hold exactly the generated files, worked out by reading
/// the folder and writing nothing. `generate` applies it; `check` reports it.
struct OutputPlan {
    struct Change {
        enum Kind: String {
            case added = "missing"
            case modified = "differs"
            case removed = "no longer generated"
        }

        var path: String
        var kind: Kind
        /// The bytes on disk now; nil for an added file.
        var current: Data?
        /// The bytes the generator produces; nil for a removed file.
        var generated: Data?
    }

    var changes: [Change]
    var unchangedCount: Int

    var isEmpty: Bool { changes.isEmpty }

    /// Loads the schema, generates, and compares with the output folder: what `generate` and
    /// `check` both start with. Exits with status 1 after printing the diagnostics of a bad schema.
    static func make(schemaPath: String, outputPath: String) async throws -> OutputPlan {
        guard let schema = try SchemaReading.load(schemaPath) else { throw ExitStatus.failure }
        return try make(files: await Generator().filesConcurrently(for: schema), root: root(outputPath))
    }

    static func root(_ outputPath: String) -> URL {
        URL(fileURLWithPath: outputPath, isDirectory: true)
    }

    /// Compares `files` (plus the manifest) with the folder at `root`.
    /// Throws when a generated path would overwrite a file the generator does not own.
    static func make(files: [GeneratedFile], root: URL) throws -> OutputPlan {
        let folder = root.path
        let contents = { (path: String) in FileContents.read(atPath: folder + "/" + path) }
        let previous = contents(OutputManifest.fileName)
            .map { OutputManifest(parsing: String(decoding: $0, as: UTF8.self)) }
        let owned = Set(previous?.paths ?? [])
        let manifest = OutputManifest(paths: files.map(\.path))
        let produced = files.map { ($0.path, Data($0.bytes)) } + [(OutputManifest.fileName, Data(manifest.text.utf8))]
        for (path, _) in produced { try OutputPath.validate(path) }

        var changes: [Change] = []
        var unchanged = 0
        var foreign: [String] = []
        for (path, data) in produced {
            switch contents(path) {
            case data?:
                unchanged += 1
            case .some where !owned.contains(path) && path != OutputManifest.fileName:
                foreign.append(path)
            case let current?:
                changes.append(Change(path: path, kind: .modified, current: current, generated: data))
            case nil:
                changes.append(Change(path: path, kind: .added, current: nil, generated: data))
            }
        }
        guard foreign.isEmpty else {
            throw UnusableInput(description: "\(root.path): error: refusing to overwrite files inicis-codegen did not write: \(foreign.joined(separator: ", ")); move them away and run again")
        }
        let producedPaths = Set(produced.map(\.0))
        for path in owned.subtracting(producedPaths).sorted() {
            try OutputPath.validate(path)
            guard let current = contents(path) else { continue }
            changes.append(Change(path: path, kind: .removed, current: current, generated: nil))
        }
        return OutputPlan(changes: changes.sorted { $0.path < $1.path }, unchangedCount: unchanged)
    }

    /// Saying it is a file keeps `URL` from asking the file system whether it is a folder.
    static func url(_ path: String, in root: URL) -> URL {
        root.appendingPathComponent(path, isDirectory: false)
    }
}

/// Generated paths are relative and stay inside the output folder, whatever a manifest says.
enum OutputPath {
    static func validate(_ path: String) throws {
        guard isSafe(path) else {
            throw UnusableInput(description: "error: '\(path)' is not a relative path inside the output folder")
        }
    }

    /// Not empty, not absolute, and no component empty, `.` or `..` (`...` is an ordinary name).
    private static func isSafe(_ path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
