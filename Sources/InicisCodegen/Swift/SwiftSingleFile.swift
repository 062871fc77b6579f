/// All generated Swift in one file, for the build-tool plugin: a plugin must declare its outputs
/// before the tool runs, and one fixed file name is an output list that never goes stale.
public enum SwiftSingleFile {
    /// Joins the `.swift` files of `files`: the notice once, the imports once, then each file's
    /// body under a `// MARK:` naming where it would live in `Generated/`.
    public static func merge(_ files: [GeneratedFile], path: String) -> GeneratedFile {
        let swiftFiles = files.filter { $0.path.hasSuffix(".swift") }
        var imports: Set<String> = []
        var bodies: [String] = []
        for file in swiftFiles {
            let parts = split(file.contents)
            imports.formUnion(parts.imports)
            bodies.append("// MARK: - \(file.path)\n\n" + parts.body)
        }
        var text = GeneratedNotice.swiftLine + "\n\n"
        if !imports.isEmpty {
            text += imports.sorted().joined(separator: "\n") + "\n\n"
        }
        text += bodies.joined(separator: "\n")
        return GeneratedFile(path: path, contents: text)
    }

    /// The leading `import` lines and the rest, without the notice line.
    private static func split(_ contents: String) -> (imports: [String], body: String) {
        var lines = contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.first == GeneratedNotice.swiftLine { lines.removeFirst() }
        var imports: [String] = []
        while let first = lines.first, first.isEmpty || first.hasPrefix("import ") {
            if !first.isEmpty { imports.append(first) }
            lines.removeFirst()
        }
        return (imports, lines.joined(separator: "\n"))
    }
}
