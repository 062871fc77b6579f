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
        var current: [UInt8]?
        /// The bytes the generator produces; nil for a removed file.
        var generated: [UInt8]?
    }

    var changes: [Change]
    var unchangedCount: Int

    var isEmpty: Bool { changes.isEmpty }

    /// Loads the schema, generates, and compares with the output folder: what `generate` and
    /// `check` both start with. Exits with status 1 after printing the diagnostics of a bad schema.
    static func make(schemaPath: String, outputPath: String) throws -> OutputPlan {
        guard let schema = try SchemaReading.load(schemaPath) else { throw ExitStatus.failure }
        return try make(files: Generator(runtime: try RuntimeSourcesReading.read()).files(for: schema), root: root(outputPath))
    }

    static func root(_ outputPath: String) -> URL {
        URL(fileURLWithPath: outputPath, isDirectory: true)
    }

    /// Compares `files` (plus the manifest) with the folder at `root`.
    /// Throws when a generated path would overwrite a file the generator does not own.
    static func make(files: [GeneratedFile], root: URL) throws -> OutputPlan {
        let manifestURL = root.appendingPathComponent(OutputManifest.fileName, isDirectory: false)
        let previous = FileBytes.read(manifestURL.path)
            .flatMap { String(validating: $0, as: UTF8.self) }
            .map(OutputManifest.init(parsing:))
        let owned = Set(previous?.paths ?? [])
        let manifest = OutputManifest(paths: files.map(\.path))
        let produced = files.map { ($0.path, $0.bytes) } + [(OutputManifest.fileName, Array(manifest.text.utf8))]
        for (path, _) in produced { try OutputPath.validate(path) }

        let rootPath = root.path
        // Reading and comparing hundreds of files is independent work: both cores share it.
        let onDisk = ParallelMap.map(produced) { path, data in FileBytes.compare(rootPath + "/" + path, with: data) }
        var changes: [Change] = []
        var unchanged = 0
        var foreign: [String] = []
        for ((path, data), state) in zip(produced, onDisk) {
            switch state {
            case .same:
                unchanged += 1
            case .different where !owned.contains(path) && path != OutputManifest.fileName:
                foreign.append(path)
            case .different(let current):
                changes.append(Change(path: path, kind: .modified, current: current, generated: data))
            case .missing:
                changes.append(Change(path: path, kind: .added, current: nil, generated: data))
            }
        }
        guard foreign.isEmpty else {
            throw UnusableInput(description: "\(root.path): error: refusing to overwrite files inicis-codegen did not write: \(foreign.joined(separator: ", ")); move them away and run again")
        }
        let producedPaths = Set(produced.map(\.0))
        for path in owned.subtracting(producedPaths).sorted() {
            try OutputPath.validate(path)
            guard let current = FileBytes.read(rootPath + "/" + path) else { continue }
            changes.append(Change(path: path, kind: .removed, current: current, generated: nil))
        }
        return OutputPlan(changes: changes.sorted { $0.path < $1.path }, unchangedCount: unchanged)
    }
}

/// Generated paths are relative and stay inside the output folder, whatever a manifest says.
enum OutputPath {
    static func validate(_ path: String) throws {
        guard isSafe(path) else {
            throw UnusableInput(description: "error: '\(path)' is not a relative path inside the output folder")
        }
    }

    /// Not empty, not absolute, and no component empty, `.` or `..`. Checked on the UTF-8 bytes:
    /// splitting into `Substring`s cost more than reading the file the path names.
    private static func isSafe(_ path: String) -> Bool {
        var componentLength = 0
        var dots = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if componentLength == 0 || componentLength == dots { return false }
                componentLength = 0
                dots = 0
            } else {
                componentLength += 1
                // `dots` keeps counting only while the component is all dots, and `...` is a name.
                if byte == UInt8(ascii: "."), dots == componentLength - 1, dots < 2 { dots += 1 } else { dots = -1 }
            }
        }
        return componentLength > 0 && componentLength != dots
    }
}
