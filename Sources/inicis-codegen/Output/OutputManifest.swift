import InicisSchema

/// The list of files the generator wrote into an output folder. It is how the writer knows which
/// files it may replace or remove: anything not listed belongs to someone else and is never touched.
struct OutputManifest: Equatable {
    static let fileName = ".inicis-codegen-manifest"
    private static let header = "# Files written by inicis-codegen; it removes them when it no longer produces them. Do not edit."

    var paths: [String]

    /// Sorted by UTF-8 bytes, like the generator's files, so the manifest never depends on locale.
    init(paths: [String]) {
        self.paths = paths.sorted(by: UTF8Order.precedes)
    }

    /// Every line but empty ones and `#` comments.
    init(parsing text: String) {
        self.init(paths: text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    }

    var text: String {
        ([Self.header] + paths).joined(separator: "\n") + "\n"
    }
}
