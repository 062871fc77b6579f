import Foundation

/// Folders of this package and of `../shared`, found from this file's own path.
enum PackagePaths {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schema = root.appendingPathComponent("schema/inicis-v2.xml")
    static let generated = root.appendingPathComponent("Generated")
    static let fixtures = root.appendingPathComponent("Tests/CLITests/Fixtures")
}
