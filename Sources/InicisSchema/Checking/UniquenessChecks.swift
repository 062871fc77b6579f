extension CheckRun {
    /// Ids within their scope, wire names within an object or enum, Swift names within the
    /// generated scope they end up in.
    mutating func checkUniqueness() {
        checkIDs()
        checkTypeNames()
        for object in schema.objects {
            let duplicates = reportDuplicates(object.fields, what: "field", in: "object '\(object.id)'", key: \.wireName, location: \.location)
            reportDuplicateSwiftNames(object.fields, skipping: duplicates, kind: "Swift property name", owner: { "field '\($0.wireName)'" }, in: "object '\(object.id)'")
            reportDuplicates(object.rules, what: "rule id", in: "object '\(object.id)'", key: \.id, location: \.location)
        }
        for enumType in schema.enums {
            checkValues(of: enumType)
        }
        for grammar in schema.grammars {
            let duplicates = reportDuplicates(grammar.tokens, what: "token id", in: "grammar '\(grammar.id)'", key: \.id, location: \.location)
            reportDuplicateSwiftNames(grammar.tokens, skipping: duplicates, kind: "Swift case name", owner: { "token '\($0.id)'" }, in: "grammar '\(grammar.id)'")
            for token in grammar.tokens {
                checkValueNames(token.elements, in: token)
            }
        }
        checkRuleIDsPerRequest()
        for operation in schema.operations {
            let duplicates = reportDuplicates(operation.pathParameters, what: "path-parameter", in: "operation '\(operation.id)'", key: \.wireName, location: \.location)
            reportDuplicateSwiftNames(operation.pathParameters, skipping: duplicates, kind: "Swift parameter name", owner: { "path-parameter '\($0.wireName)'" }, in: "operation '\(operation.id)'")
            reportDuplicates(operation.rules, what: "rule id", in: "operation '\(operation.id)'", key: \.id, location: \.location)
        }
    }

    /// A rule's id is the code of the issues it raises, and its anchor on the operation's page:
    /// within one request (the operation's rules and those of every object its body reaches)
    /// each id names one rule. Duplicates within one holder are reported on their own.
    private mutating func checkRuleIDsPerRequest() {
        var reported: Set<SourceLocation> = []
        for operation in schema.operations {
            var rules = operation.rules.map { (holder: "operation '\(operation.id)'", rule: $0) }
            for (position, object) in schema.objects.enumerated() where schema.objectPosition(object.id) == position
                && index.reachability.operationIDs[object.id]?.contains(operation.id) == true {
                rules += object.rules.map { (holder: "object '\(object.id)'", rule: $0) }
            }
            var first: [String: (holder: String, rule: Rule)] = [:]
            for (holder, rule) in rules.sorted(by: { $0.rule.location < $1.rule.location }) {
                guard let earlier = first[rule.id] else {
                    first[rule.id] = (holder, rule)
                    continue
                }
                guard earlier.holder != holder, reported.insert(rule.location).inserted else { continue }
                error("rule id '\(rule.id)' of \(holder) is also the id of a rule of \(earlier.holder) (line \(earlier.rule.location.line)), and both apply to the request of operation '\(operation.id)'; a rule id is the code of the issues it raises, so the rules of one request need distinct ids", at: rule.location)
            }
        }
    }

    private mutating func checkIDs() {
        let duplicateContracts = reportDuplicates(schema.contracts, what: "contract id", key: \.id, location: \.location)
        checkContractNames(skipping: duplicateContracts)
        reportDuplicates(schema.grammars, what: "grammar id", key: \.id, location: \.location)
        reportDuplicates(schema.operations, what: "operation id", key: \.id, location: \.location)
        reportDuplicates(schema.payMethodTables, what: "pay-method table id", key: \.id, location: \.location)
        reportDuplicates(schema.noteTopics, what: "note topic id", key: \.id, location: \.location)
        reportDuplicates(schema.operations.flatMap(\.examples), what: "example id", key: \.id, location: \.location)
    }

    /// Each contract becomes a static property of `Inicis.Contract`, named after its id.
    private mutating func checkContractNames(skipping skipped: Set<Int>) {
        var earlier: [String: Contract] = [:]
        for (offset, contract) in schema.contracts.enumerated() where !skipped.contains(offset) {
            let name = contract.swiftName
            if Contract.reservedSwiftNames.contains(name) {
                error("contract '\(contract.id)' would become the Swift property Inicis.Contract.\(name), which the generated library already declares; choose another id", at: contract.location)
            } else if let first = earlier[name] {
                error("contract '\(contract.id)' would become the Swift property Inicis.Contract.\(name), as contract '\(first.id)' on line \(first.location.line) does; choose another id", at: contract.location)
            } else {
                earlier[name] = contract
            }
        }
    }

    /// Enums and objects share one id space (a field's `ref` names either); enums, objects and
    /// grammars all become Swift types of one module.
    private mutating func checkTypeNames() {
        let types = schema.enums.map { NamedType(kind: "enum", id: $0.id, swiftName: $0.swiftName, location: $0.location) }
            + schema.objects.map { NamedType(kind: "object", id: $0.id, swiftName: $0.swiftName, location: $0.location) }
        let duplicates = reportDuplicates(types, what: "type id", key: \.id, location: \.location)
        let grammars = schema.grammars.map { NamedType(kind: "grammar", id: $0.id, swiftName: $0.swiftName, location: $0.location) }
        let grammarDuplicates = Set(schema.grammars.indices.filter { index in schema.grammars[..<index].contains { $0.id == schema.grammars[index].id } })
        let all = types + grammars
        let skipped = duplicates.union(grammarDuplicates.map { $0 + types.count })
        reportDuplicateSwiftNames(all, skipping: skipped, kind: "Swift type name", owner: { "\($0.kind) '\($0.id)'" }, in: nil)
        checkOperationTypeNames(besides: all)
    }

    /// Each operation becomes a Swift type named after its function (SDK) or id (REST), which
    /// the schema cannot rename: it must be a name no other type has.
    private mutating func checkOperationTypeNames(besides types: [NamedType]) {
        var earlier: [String: (owner: String, line: Int)] = [:]
        for type in types where earlier[type.swiftName] == nil {
            earlier[type.swiftName] = ("\(type.kind) '\(type.id)'", type.location.line)
        }
        for operation in schema.operations {
            let name = operation.swiftTypeName
            let source = operation.kind == .sdk && operation.function != nil ? "function '\(operation.function ?? "")'" : "id"
            let fix = operation.kind == .sdk && operation.function != nil ? "rename the function" : "choose another id"
            if SwiftNaming.reservedTypeNames.contains(name) {
                error("operation '\(operation.id)' would become Swift type '\(name)' (from its \(source)), which Swift, Foundation or the generated library already has; \(fix)", at: operation.location)
            } else if let (owner, line) = earlier[name] {
                error("operation '\(operation.id)' would become Swift type '\(name)' (from its \(source)), which \(owner) on line \(line) already is; \(fix)", at: operation.location)
            } else {
                earlier[name] = ("operation '\(operation.id)'", operation.location.line)
            }
        }
    }

    private mutating func checkValues(of enumType: EnumType) {
        let duplicates = reportDuplicates(enumType.values, what: "value", in: "enum '\(enumType.id)'", key: \.wire, location: \.location)
        reportDuplicateSwiftNames(enumType.values, skipping: duplicates, kind: "Swift case name", owner: { "value '\($0.wire)'" }, in: "enum '\(enumType.id)'")
        guard let prefix = enumType.aliasPrefix else { return }
        checkAliases(of: enumType, prefix: prefix)
    }

    /// With alias-prefix P, `P_X` decodes as `X`: a value spelled `P_X` would be ambiguous.
    private mutating func checkAliases(of enumType: EnumType, prefix: String) {
        let valuesByWire = Dictionary(enumType.values.map { ($0.wire, $0) }, uniquingKeysWith: { first, _ in first })
        for value in enumType.values {
            guard let aliased = valuesByWire[String(value.wire.dropFirst(prefix.count + 1))], value.wire == "\(prefix)_\(aliased.wire)" else { continue }
            error("value '\(value.wire)' in enum '\(enumType.id)' is also the alias of value '\(aliased.wire)' (line \(aliased.location.line)) under alias-prefix '\(prefix)'; decoding '\(value.wire)' would be ambiguous", at: value.location)
        }
    }

    /// Names of the values and repetitions of one level of a token's syntax become labels of one
    /// Swift case or struct.
    private mutating func checkValueNames(_ elements: [GrammarElement], in token: GrammarToken) {
        var seen: Set<String> = []
        for element in elements {
            let name: String
            switch element {
            case .literal: continue
            case .value(let value): name = value.name
            case .repetition(let repetitionName, _, let inner):
                name = repetitionName
                checkValueNames(inner, in: token)
            }
            if !seen.insert(name).inserted {
                error("duplicate value name '\(name)' in the syntax of token '\(token.id)'", at: token.location)
            }
        }
    }

    /// Reports each item whose key an earlier item already has; returns the indices of those items.
    @discardableResult
    mutating func reportDuplicates<Item>(
        _ items: [Item],
        what: String,
        in scope: @autoclosure () -> String? = nil,
        key: (Item) -> String,
        location: (Item) -> SourceLocation
    ) -> Set<Int> {
        var seen: Set<String> = []
        var duplicates: Set<Int> = []
        for offset in items.indices {
            let name = key(items[offset])
            guard !seen.insert(name).inserted else { continue }
            let earlier = items.firstIndex { key($0) == name }!
            let place = scope().map { " in \($0)" } ?? ""
            error("duplicate \(what) '\(name)'\(place); the first is on line \(location(items[earlier]).line)", at: location(items[offset]))
            duplicates.insert(offset)
        }
        return duplicates
    }

    private mutating func reportDuplicateSwiftNames<Item: SwiftNamed>(
        _ items: [Item],
        skipping skipped: Set<Int>,
        kind: String,
        owner: (Item) -> String,
        in scope: @autoclosure () -> String?
    ) {
        var seen: Set<String> = []
        for offset in items.indices where !skipped.contains(offset) {
            let swiftName = items[offset].swiftName
            guard !seen.insert(swiftName).inserted else { continue }
            let earlier = items[items.indices.first { !skipped.contains($0) && items[$0].swiftName == swiftName }!]
            let item = items[offset]
            let place = scope().map { " in \($0)" } ?? ""
            error("\(kind) '\(swiftName)' of \(owner(item))\(place) is already used by \(owner(earlier)) on line \(earlier.location.line); set a different swift-name", at: item.location)
        }
    }
}

/// Anything that becomes a named Swift declaration.
protocol SwiftNamed {
    var swiftName: String { get }
    var location: SourceLocation { get }
}

extension Field: SwiftNamed {}
extension EnumValue: SwiftNamed {}
extension GrammarToken: SwiftNamed {}

private struct NamedType: SwiftNamed {
    var kind: String
    var id: String
    var swiftName: String
    var location: SourceLocation
}
