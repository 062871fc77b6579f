import Foundation

/// PortOne's own schemas in `../shared/reference`, read in place (they are never copied into
/// this repository). When the folder is absent the conformance tests skip, saying so.
enum ReferenceFiles {
    static let folder = SchemaExamples.packageRoot
        .deletingLastPathComponent().appendingPathComponent("shared/reference")

    static let openAPIURL = folder.appendingPathComponent("portone-v2.openapi.json")
    static let browserSDKURL = folder.appendingPathComponent("portone-browser-sdk.yml")

    /// Whether the reference files are here; prints a notice once when they are not.
    static let available: Bool = {
        let present = FileManager.default.fileExists(atPath: openAPIURL.path)
            && FileManager.default.fileExists(atPath: browserSDKURL.path)
        if !present {
            print("notice: skipping the wire conformance tests: \(folder.path) is absent")
        }
        return present
    }()
}
