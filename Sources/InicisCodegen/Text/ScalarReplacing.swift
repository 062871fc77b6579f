extension String {
    /// The text with every scalar for which `replacement` gives a string replaced by that string
    /// (an escape); the runs between are copied a slice at a time. Appending scalar by scalar
    /// was a visible part of a regeneration: literals, Markdown and HTML escaping all go through here.
    func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        let scalars = unicodeScalars
        var result = ""
        var runStart = scalars.startIndex
        var index = runStart
        while index != scalars.endIndex {
            let next = scalars.index(after: index)
            if let replaced = replacement(scalars[index]) {
                result += String(Substring(scalars[runStart..<index]))
                result += replaced
                runStart = next
            }
            index = next
        }
        guard runStart != scalars.startIndex else { return self }
        result += String(Substring(scalars[runStart...]))
        return result
    }
}
