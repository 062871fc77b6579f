/// The checks XSD 1.0 cannot express: names are unique, references resolve to the right kind of
/// thing, rule paths walk the object graph, platforms fit the operations, identifiers are legal.
///
/// Pure and order-free: each check reads the schema (through one shared, read-only index) and
/// returns what it found; no check depends on another having run.
public enum SchemaChecker {
    /// Every problem found, in source order. Errors make the schema unusable; warnings do not.
    public static func check(_ schema: Schema) -> [Diagnostic] {
        let index = SchemaIndex(schema)
        return checks.flatMap { check in
            var run = CheckRun(index: index)
            check(&run)
            return run.diagnostics
        }.sortedBySource()
    }

    private static var checks: [(inout CheckRun) -> Void] {
        [
            { $0.checkUniqueness() },
            { $0.checkSwiftNames() },
            { $0.checkOmissions() },
            { $0.checkReferences() },
            { $0.checkContainment() },
            { $0.checkRules() },
            { $0.checkOperations() },
            { $0.checkExamples() },
            { $0.checkNotes() },
            { $0.checkDifferences() },
            { $0.checkGrammars() },
            { $0.checkPlatforms() },
        ]
    }
}

/// One check's run: the schema it reads and what it has found so far.
struct CheckRun {
    let index: SchemaIndex
    private(set) var diagnostics: [Diagnostic] = []

    init(index: SchemaIndex) {
        self.index = index
    }

    var schema: Schema { index.schema }

    mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    mutating func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(.warning(message, at: location))
    }
}
