extension CheckRun {
    /// Objects belong to one kind of operation, are used at all, and set requirements only for
    /// platforms that apply; `conditional` fields are named by a rule that says when.
    mutating func checkPlatforms() {
        let namedByRules = index.fieldsNamedByRules()
        for (position, object) in schema.objects.enumerated() where schema.objectPosition(object.id) == position {
            checkReach(of: object, namedByRules: namedByRules)
        }
        for operation in schema.operations where operation.kind == .rest {
            for parameter in operation.pathParameters {
                checkApplicable(parameter, platforms: [.api], owner: "operation '\(operation.id)'", usage: "a REST path")
            }
        }
    }

    private mutating func checkReach(of object: ObjectType, namedByRules: Set<FieldKey>) {
        let reachability = index.reachability
        let kinds = reachability.kinds[object.id] ?? []
        var operations: String { (reachability.operationIDs[object.id] ?? []).map { "'\($0)'" }.joined(separator: ", ") }
        if kinds.isEmpty {
            warning("object '\(object.id)' is not used by any operation", at: object.location)
            return
        }
        if kinds.count > 1 {
            error("object '\(object.id)' is used by both SDK and REST operations (\(operations)); requiredness differs per platform, so give each kind its own object", at: object.location)
            return
        }
        var usage: String { kinds.contains(.sdk) ? "SDK operations (\(operations))" : "REST operations (\(operations))" }
        let platforms = reachability.platforms(of: object.id)
        for field in object.fields {
            checkApplicable(field, platforms: platforms, owner: "object '\(object.id)'", usage: usage)
            checkConditional(field, of: object, namedByRules: namedByRules)
        }
    }

    private mutating func checkApplicable(_ field: Field, platforms: Set<Platform>, owner: @autoclosure () -> String, usage: @autoclosure () -> String) {
        for platform in field.requirements.byPlatform.keys.sorted() where !platforms.contains(platform) {
            let applicable = platforms.sorted().map(\.rawValue).joined(separator: ", ")
            error("field '\(field.wireName)': attribute '\(platform.rawValue)' does not apply: \(owner()) is only used by \(usage()), which run on \(applicable); remove the attribute", at: field.location)
        }
    }

    private mutating func checkConditional(_ field: Field, of object: ObjectType, namedByRules: Set<FieldKey>) {
        // The alternatives of a one-of object are conditional by its shape: exactly one is required.
        guard object.shape != .oneOf else { return }
        let conditional = field.requirements.byPlatform.filter { $0.value == .conditional }.keys.sorted()
        guard !conditional.isEmpty, !namedByRules.contains(FieldKey(objectID: object.id, wireName: field.wireName)) else { return }
        let platforms = conditional.map(\.rawValue).joined(separator: ", ")
        warning("field '\(field.wireName)' of object '\(object.id)' is conditional on \(platforms), but no rule names it; add a rule (required-group, require, …) that says when it is required", at: field.location)
    }
}
