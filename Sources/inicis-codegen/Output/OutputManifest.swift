/// The list of files the generator wrote into an output folder. It is how the writer knows which
/// files it may replace or remove: anything not listed belongs to someone else and is never touched.
struct OutputManifest: Equatable {
    static let fileName = ".inicis-codegen-manifest"
    private static let header = "# Files written by inicis-codegen; it removes them when it no longer produces them. Do not edit."

    var paths: [String]

    init(paths: [String]) {
        self.paths = paths.sorted()
    }

    init(parsing text: String) {
        self.init(paths: text.split(separator: "\n")
            .map(String.init)
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    var text: String {
        ([Self.header] + paths).joined(separator: "\n") + "\n"
    }
}
