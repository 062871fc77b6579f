import Foundation

extension Inicis {
    /// Walks one request against the catalog and collects every issue. One value per request: it
    /// holds the request and the issues found so far; not copyable, so that the closures of the
    /// rules borrow it instead of copying it.
    ///
    /// `null` counts as absent everywhere: the SDK treats a `null` property like a missing one.
    struct RequestValidator: ~Copyable {
        let document: Inicis.JSONDocument
        let catalog: Inicis.RequestCatalog
        let platform: Inicis.Platform
        let contracts: Set<Inicis.Contract>
        /// Seconds since 1970, UTC.
        let now: Double
        private(set) var issues: [Inicis.ValidationIssue] = []

        init(_ document: Inicis.JSONDocument, catalog: Inicis.RequestCatalog, platform: Inicis.Platform, contracts: Set<Inicis.Contract>, now: Date) {
            self.document = document
            self.catalog = catalog
            self.platform = platform
            self.contracts = contracts
            self.now = now.timeIntervalSince1970
        }

        /// Every issue of the request, sorted by path. Consuming: a validator serves one request.
        consuming func validate(as operation: Inicis.OperationSpec) -> [Inicis.ValidationIssue] {
            let root = Inicis.JSONDocument.root
            guard operation.platforms.contains(platform) else {
                report(.error, .platformMismatch, Inicis.ValidationMessages.platformMismatch(operation.platforms), at: root)
                return issues
            }
            guard case .object = document[root].value else {
                report(.error, .wrongType, Inicis.ValidationMessages.wrongType(expected: .object(operation.body), found: document[root].value), at: root)
                return issues
            }
            walkObject(root, catalog.objects[operation.body], extraRules: operation.rules)
            issues.sort(by: Inicis.ValidationIssue.precedes)
            return issues
        }

        // MARK: Reporting

        /// An issue at the value `node`.
        mutating func report(_ severity: Inicis.ValidationIssue.Severity, _ code: Inicis.ValidationIssue.Code, _ message: String, at node: Int) {
            issues.append(issue(severity, code, message, at: node))
        }

        /// An issue at the value `node`, or below it at `keys`, which are not in the request (a
        /// missing field).
        func issue(_ severity: Inicis.ValidationIssue.Severity, _ code: Inicis.ValidationIssue.Code, _ message: String, at node: Int, below keys: [String] = []) -> Inicis.ValidationIssue {
            var path = document.path(of: node)
            path.components.append(contentsOf: keys.map(Inicis.ValidationPath.Component.key))
            return Inicis.ValidationIssue(path: path, severity: severity, code: code, message: message)
        }

        // MARK: Structure

        /// The object at `holder`: its members, its required fields, its rules. `insidePrivate`:
        /// the object is (inside) the value of a personal or credential field, such as a customer's
        /// `address`, so none of its values may be quoted either.
        mutating func walkObject(_ holder: Int, _ spec: Inicis.ObjectSpec, extraRules: [Inicis.RuleSpec] = [], insidePrivate: Bool = false) {
            var present = Inicis.FieldSet()
            var presentCount = 0
            var cursor = 0
            var unknownKeys: [String] = []
            for member in document.children(of: holder) {
                let key = document.key(of: member)
                guard let index = spec.fieldIndex(of: key, cursor: &cursor) else {
                    if unknownKeys.contains(key) {
                        report(.error, .duplicateKey, Inicis.ValidationMessages.duplicateKey, at: member)
                    } else {
                        unknownKeys.append(key)
                        report(.warning, .unknownKey, Inicis.ValidationMessages.unknownKey(key, known: spec.names), at: member)
                    }
                    continue
                }
                if present.mayContain(index), isDuplicate(member, in: holder) {
                    report(.error, .duplicateKey, Inicis.ValidationMessages.duplicateKey, at: member)
                    continue
                }
                if case .null = document[member].value { continue }
                present.insert(index)
                presentCount += 1
                walkField(member, spec.fields[index], insidePrivate: insidePrivate)
            }
            if spec.isOneOf, presentCount != 1, !spec.fields.isEmpty {
                report(.error, .oneOf, Inicis.ValidationMessages.oneOf(spec.names), at: holder)
            }
            for index in spec.requiredFields(on: platform) where !isPresent(index, present, holder, spec) {
                let field = spec.fields[index]
                issues.append(issue(.error, .missingRequired, Inicis.ValidationMessages.missingRequired(field.label, platform: platform), at: holder, below: [field.name]))
            }
            var raised: [Inicis.ValidationIssue] = []
            evaluate(spec.rules, at: holder, present, into: &raised)
            evaluate(extraRules, at: holder, present, into: &raised)
            issues += raised
        }

        /// True when a member before `member` in the object has the same key.
        private func isDuplicate(_ member: Int, in holder: Int) -> Bool {
            let key = document.key(of: member)
            for earlier in document.children(of: holder) {
                if earlier == member { return false }
                if document.key(of: earlier) == key { return true }
            }
            return false
        }

        private func isPresent(_ index: Int, _ present: Inicis.FieldSet, _ holder: Int, _ spec: Inicis.ObjectSpec) -> Bool {
            guard present.mayContain(index) else { return false }
            guard index >= Inicis.FieldSet.capacity else { return true }
            let name = spec.names[index]
            return document.children(of: holder).contains { member in
                if document.key(of: member) != name { return false }
                if case .null = document[member].value { return false }
                return true
            }
        }

        /// A present field at `node`: what its requirement says on this platform, then its value.
        private mutating func walkField(_ node: Int, _ field: Inicis.FieldSpec, insidePrivate: Bool) {
            let requirement = field.requirement(on: platform)
            let hasNoEffect = requirement == .ignored || requirement == .unsupported
            if requirement == .ignored {
                report(.warning, .ignoredParameter, Inicis.ValidationMessages.ignored(platform: platform), at: node)
            } else if requirement == .unsupported {
                report(.warning, .unsupportedOnPlatform, Inicis.ValidationMessages.unsupported(platform: platform), at: node)
            } else if field.isRemoved {
                report(.warning, .removedParameter, Inicis.ValidationMessages.removed, at: node)
            }
            if let contract = field.contract, !hasNoEffect, !contracts.contains(contract) {
                reportContract(contract, at: node)
            }
            checkValue(node, field.value, field, checksOptions: !hasNoEffect, isPrivate: insidePrivate || field.sensitivity != nil)
        }

        mutating func reportContract(_ contract: Inicis.Contract, at node: Int) {
            let message = Inicis.ValidationMessages.contractRequired(contract, name: catalog.contractNames[contract.rawValue])
            report(.warning, .contractRequired, message, at: node)
        }

        /// Type, enum membership, date-time format, option grammar; objects and arrays recursively.
        /// `isPrivate`: the value is personal or card data, so no message quotes it.
        private mutating func checkValue(_ node: Int, _ spec: Inicis.ValueSpec, _ field: Inicis.FieldSpec, checksOptions: Bool, isPrivate: Bool) {
            let value = document[node].value
            switch (spec, value) {
            case (.json, _):
                reportDuplicateKeys(in: node)
            case (.string, .string(let text)):
                if let grammar = field.grammar, checksOptions {
                    checkOption(text, grammar: catalog.grammars[grammar], isPrivate: isPrivate, at: node)
                }
            case (.integer, .integer), (.boolean, .bool):
                break
            case (.dateTime, .string(let text)):
                if Inicis.RFC3339.instant(text) == nil {
                    report(.error, .invalidFormat, Inicis.ValidationMessages.invalidDateTime, at: node)
                }
            case (.enumeration(let index), .string(let text)):
                let enumeration = catalog.enums[index]
                if enumeration.canonical(text) == nil {
                    let message = Inicis.ValidationMessages.invalidEnumValue(text, enumeration, isSensitive: isPrivate)
                    report(.error, .invalidEnumValue, message, at: node)
                }
            case (.object(let index), .object):
                walkObject(node, catalog.objects[index], insidePrivate: isPrivate)
            case (.array(let element), .array):
                for item in document.children(of: node) {
                    checkValue(item, element, field, checksOptions: checksOptions, isPrivate: isPrivate)
                }
            default:
                report(.error, .wrongType, Inicis.ValidationMessages.wrongType(expected: spec, found: value), at: node)
            }
        }

        /// Free-form JSON is not checked, but a key twice in one of its objects is still ambiguous.
        private mutating func reportDuplicateKeys(in node: Int) {
            switch document[node].value {
            case .object:
                var seen: Set<String> = []
                for member in document.children(of: node) {
                    if !seen.insert(document.key(of: member)).inserted {
                        report(.error, .duplicateKey, Inicis.ValidationMessages.duplicateKey, at: member)
                    }
                    reportDuplicateKeys(in: member)
                }
            case .array:
                for element in document.children(of: node) { reportDuplicateKeys(in: element) }
            default:
                break
            }
        }

        /// A bypass option: its grammar, and the contract the option needs.
        private mutating func checkOption(_ option: String, grammar: Inicis.SchemaTables.Grammar, isPrivate: Bool, at node: Int) {
            do {
                let match = try Inicis.BypassGrammarReader(grammar: grammar, catalog: catalog).read(option)
                if let contract = match.contract.map(Inicis.Contract.init(rawValue:)), !contracts.contains(contract) {
                    reportContract(contract, at: node)
                }
            } catch {
                let option = isPrivate ? nil : option
                report(.error, .grammarError, Inicis.ValidationMessages.grammarError(offset: error.offset, error.message, option: option), at: node)
            }
        }
    }
}
