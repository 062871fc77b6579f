extension CheckRun {
    /// Whether PortOne's current page fixed a difference is decided by looking for `evidence`
    /// there: the two attributes come together.
    mutating func checkDifferences() {
        for difference in SchemaDocumentation(schema).all.flatMap(\.differences) {
            switch (difference.currentPage, difference.evidence) {
            case (nil, nil), (.some, .some): continue
            case (.some(let state), nil):
                error("difference '\(difference.guide)': current=\"\(state.rawValue)\" needs evidence=\"…\", the guide's wording to look for on the current page", at: difference.location)
            case (nil, .some):
                error("difference '\(difference.guide)': evidence=\"…\" needs current=\"fixed\" or current=\"kept\"", at: difference.location)
            }
        }
    }
}
