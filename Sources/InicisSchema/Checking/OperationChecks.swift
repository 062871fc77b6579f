extension CheckRun {
    /// SDK operations name a function; REST operations a method and a path whose `{parameters}`
    /// are exactly the `path-parameter` elements.
    mutating func checkOperations() {
        for operation in schema.operations {
            if Operation.reservedIDs.contains(operation.id.lowercased()) {
                error("operation id '\(operation.id)' would name its page '\(operation.id).md', which is a page the generator writes for the whole schema; choose another id", at: operation.location)
            }
            checkPageNotTaken(by: operation)
            switch operation.kind {
            case .sdk: checkSDK(operation)
            case .rest: checkREST(operation)
            }
        }
    }

    /// A long operation's page is split in three; the two extra pages must stay its own.
    private mutating func checkPageNotTaken(by operation: Operation) {
        let id = operation.id.lowercased()
        for other in schema.operations where other.id != operation.id {
            for suffix in Operation.subpageSuffixes where id == other.id.lowercased() + suffix {
                error("operation id '\(operation.id)' would name its page '\(operation.id).md', which is where operation '\(other.id)' puts its \(suffix.dropFirst()) when its page is too long; choose another id", at: operation.location)
            }
        }
    }

    private mutating func checkSDK(_ operation: Operation) {
        let context = "SDK operation '\(operation.id)'"
        if operation.function == nil {
            error("\(context) needs a 'function' attribute (the SDK function, e.g. function=\"requestPayment\")", at: operation.location)
        }
        for (attribute, value) in [("method", operation.httpMethod), ("path", operation.path)] where value != nil {
            error("\(context): '\(attribute)' is only for REST operations", at: operation.location)
        }
        for parameter in operation.pathParameters {
            error("\(context): path-parameter '\(parameter.wireName)' is only for REST operations", at: parameter.location)
        }
    }

    private mutating func checkREST(_ operation: Operation) {
        let context = "REST operation '\(operation.id)'"
        if operation.function != nil {
            error("\(context): 'function' is only for SDK operations", at: operation.location)
        }
        if operation.httpMethod == nil {
            error("\(context) needs a 'method' attribute", at: operation.location)
        }
        guard let path = operation.path else {
            error("\(context) needs a 'path' attribute", at: operation.location)
            return
        }
        let templateNames = Self.templateParameters(in: path)
        let declared = Set(operation.pathParameters.map(\.wireName))
        for name in templateNames where !declared.contains(name) {
            error("\(context): path '\(path)' has '{\(name)}' but no <path-parameter name=\"\(name)\">", at: operation.location)
        }
        let inTemplate = Set(templateNames)
        for parameter in operation.pathParameters where !inTemplate.contains(parameter.wireName) {
            let hint = NameSuggestion.didYouMean(parameter.wireName, among: inTemplate)
            error("\(context): path-parameter '\(parameter.wireName)' does not appear in path '\(path)'\(hint)", at: parameter.location)
        }
        if let duplicate = Self.firstDuplicate(templateNames) {
            error("\(context): path '\(path)' has '{\(duplicate)}' more than once", at: operation.location)
        }
        for parameter in operation.pathParameters where Self.restOperationMembers.contains(parameter.swiftName) {
            error("\(context): path-parameter '\(parameter.wireName)' would become the Swift property '\(parameter.swiftName)', which the operation's value already has; give it another swift-name", at: parameter.location)
        }
    }

    /// What the generated REST operation value declares besides its path parameters.
    static let restOperationMembers: Set<String> = ["body", "path", "validate"]

    /// `/payments/{paymentId}/schedule` → `["paymentId"]`.
    static func templateParameters(in path: String) -> [String] {
        path.split(separator: "/").compactMap { segment in
            guard segment.hasPrefix("{"), segment.hasSuffix("}"), segment.count > 2 else { return nil }
            return String(segment.dropFirst().dropLast())
        }
    }

    private static func firstDuplicate(_ names: [String]) -> String? {
        var seen: Set<String> = []
        return names.first { !seen.insert($0).inserted }
    }
}
