/// The checks XSD 1.0 cannot express: names are unique, references resolve to the right kind of
/// thing, rule paths walk the object graph, platforms fit the operations, identifiers are legal.
public enum SchemaChecker {
    /// Every problem found, in source order. Errors make the schema unusable; warnings do not.
    public static func check(_ schema: Schema) -> [Diagnostic] {
        check(schema, reachability: ObjectReachability(schema))
    }

    /// `check(schema)`, for a caller that has worked out the reachability already (the loader).
    static func check(_ schema: Schema, reachability: ObjectReachability) -> [Diagnostic] {
        let start = CheckRun(schema: schema, reachability: reachability)
        // Two halves with no data between them, on two cores; joined in the order one run would
        // have found them (the sort below keeps that order for diagnostics at the same place).
        // The split point balances the work on the real schema.
        let halves = ParallelMap.map([0, 1]) { half -> [Diagnostic] in
            var run = start
            if half == 0 {
                run.checkUniqueness()
                run.checkSwiftNames()
                run.checkOmissions()
            } else {
                run.checkReferences()
                run.checkRules()  // before checkPlatforms, which reads fieldsNamedByRules
                run.checkOperations()
                run.checkExamples()
                run.checkGrammars()
                run.checkPlatforms()
            }
            return run.diagnostics
        }
        return (halves[0] + halves[1]).sortedBySource()
    }
}

/// One run of the checker: the schema, its lookup tables and what has been found so far.
struct CheckRun {
    let schema: Schema
    private let reachability: ObjectReachability
    /// Built on first use, by the half that needs it: the uniqueness and Swift-name checks do not,
    /// so it is built while they run on the other core.
    private(set) lazy var index = SchemaIndex(schema, reachability: reachability)
    private(set) var diagnostics: [Diagnostic] = []
    /// `ObjectID.wireName` of every field that some rule names, for the `conditional` check.
    var fieldsNamedByRules: Set<String> = []

    init(schema: Schema, reachability: ObjectReachability) {
        self.schema = schema
        self.reachability = reachability
    }

    mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    mutating func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(.warning(message, at: location))
    }

    static func fieldKey(object: String, field: String) -> String {
        "\(object).\(field)"
    }
}
