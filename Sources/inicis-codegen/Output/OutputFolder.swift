import Foundation

/// What an output folder holds before a run: its manifest and the files the manifest lists, read
/// once, up front, so that it can be read while the schema loads.
struct OutputFolder: Sendable {
    let root: URL
    /// nil when the folder has no manifest (a fresh folder).
    let manifest: OutputManifest?
    /// The manifest's file and every listed file under a safe path; nil where nothing is.
    private let listed: [String: Data?]

    init(reading root: URL) {
        self.root = root
        let manifestData = FileContents.read(OutputPlan.url(OutputManifest.fileName, in: root))
        manifest = manifestData.map { OutputManifest(parsing: String(decoding: $0, as: UTF8.self)) }
        var listed: [String: Data?] = [OutputManifest.fileName: manifestData]
        // A path that leaves the folder is never read; the plan refuses it.
        for path in manifest?.paths ?? [] where OutputPath.isSafe(path) {
            listed[path] = FileContents.read(OutputPlan.url(path, in: root))
        }
        self.listed = listed
    }

    /// The bytes at `path` now; nil when there is no regular file there.
    func contents(at path: String) -> Data? {
        if let known = listed[path] { return known }
        return FileContents.read(OutputPlan.url(path, in: root))
    }
}
