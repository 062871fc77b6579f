extension CheckRun {
    /// Every id a node names resolves to something of the right kind.
    mutating func checkReferences() {
        for object in schema.objects {
            for field in object.fields {
                checkField(field)
            }
        }
        for operation in schema.operations {
            checkBody(of: operation)
            for parameter in operation.pathParameters {
                checkField(parameter)
            }
        }
        for grammar in schema.grammars {
            for token in grammar.tokens {
                if let contract = token.contract {
                    checkContract(contract, usedBy: "token '\(token.id)'", at: token.location)
                }
                checkEnumReferences(in: token.elements, of: token)
            }
        }
        for table in schema.payMethodTables {
            checkTable(table)
        }
    }

    private mutating func checkField(_ field: Field) {
        checkType(field.type, of: field)
        if let contract = field.contract {
            checkContract(contract, usedBy: "field '\(field.wireName)'", at: field.location)
        }
        if let grammar = field.grammar {
            if schema.grammar(grammar) == nil {
                error("field '\(field.wireName)': unknown grammar '\(grammar)'\(NameSuggestion.didYouMean(grammar, among: schema.grammars.lazy.map(\.id)))", at: field.location)
            }
            if field.type != .string, field.type != .array(.string) {
                error("field '\(field.wireName)': grammar '\(grammar)' describes strings, but the field's type is \(field.type)", at: field.location)
            }
        }
    }

    /// A named type must exist and be of the kind the field's `type` says (`one-of` needs an object
    /// whose shape is one-of).
    private mutating func checkType(_ type: FieldType, of field: Field) {
        var context: String { "field '\(field.wireName)'" }
        switch type {
        case .string, .integer, .boolean, .dateTime, .json:
            return
        case .array(let element):
            checkType(element, of: field)
        case .enumeration(let id):
            guard schema.enumPosition(id) == nil else { return }
            if schema.objectPosition(id) != nil {
                error("\(context): '\(id)' is an object, not an enum; use type=\"object\"", at: field.location)
            } else {
                error("\(context): unknown type '\(id)'\(NameSuggestion.didYouMean(id, among: schema.enums.lazy.map(\.id)))", at: field.location)
            }
        case .object(let id), .oneOf(let id):
            let wantsOneOf = if case .oneOf = type { true } else { false }
            guard let shape = schema.object(id)?.shape else {
                if schema.enumPosition(id) != nil {
                    error("\(context): '\(id)' is an enum, not an object; use type=\"enum\"", at: field.location)
                } else {
                    error("\(context): unknown type '\(id)'\(NameSuggestion.didYouMean(id, among: schema.objects.lazy.map(\.id)))", at: field.location)
                }
                return
            }
            if wantsOneOf, shape != .oneOf {
                error("\(context): type 'one-of' needs an object with shape=\"one-of\", but '\(id)' is a structure; use type=\"object\" or set shape=\"one-of\" on '\(id)'", at: field.location)
            } else if !wantsOneOf, shape == .oneOf {
                error("\(context): '\(id)' has shape=\"one-of\"; use type=\"one-of\"", at: field.location)
            }
        }
    }

    mutating func checkContract(_ id: String, usedBy user: @autoclosure () -> String, at location: SourceLocation) {
        guard schema.contract(id) == nil else { return }
        error("\(user()): unknown contract '\(id)'\(NameSuggestion.didYouMean(id, among: schema.contracts.lazy.map(\.id)))", at: location)
    }

    private mutating func checkBody(of operation: Operation) {
        guard schema.objectPosition(operation.body) == nil else { return }
        let hint = schema.enumPosition(operation.body) != nil ? "; '\(operation.body)' is an enum, and a body must be an object" : NameSuggestion.didYouMean(operation.body, among: schema.objects.lazy.map(\.id))
        error("operation '\(operation.id)': unknown body object '\(operation.body)'\(hint)", at: operation.location)
    }

    private mutating func checkEnumReferences(in elements: [GrammarElement], of token: GrammarToken) {
        for element in elements {
            switch element {
            case .literal:
                break
            case .repetition(_, _, let inner):
                checkEnumReferences(in: inner, of: token)
            case .value(let value):
                if case .enumeration(let id) = value.kind, schema.enumPosition(id) == nil {
                    error("token '\(token.id)': value '\(value.name)' names unknown enum '\(id)'\(NameSuggestion.didYouMean(id, among: schema.enums.lazy.map(\.id)))", at: token.location)
                }
            }
        }
    }

    /// The table's operations exist, its parameter is a field of each one's body, and its rows are
    /// values of that field's enum.
    private mutating func checkTable(_ table: PayMethodTable) {
        let context = "pay-method table '\(table.id)'"
        var checkedEnums: Set<String> = []
        for operationID in table.operations {
            guard let operation = schema.operation(operationID) else {
                error("\(context): unknown operation '\(operationID)'\(NameSuggestion.didYouMean(operationID, among: schema.operations.lazy.map(\.id)))", at: table.location)
                continue
            }
            let field: Field
            switch PathResolver(index: index).resolve(table.parameter, from: operation.body) {
            case .field(_, let resolved):
                field = resolved
            case .failure(let reason):
                error("\(context): parameter '\(table.parameter)' is not a field of operation '\(operationID)': \(reason)", at: table.location)
                continue
            case .blocked:
                continue
            }
            guard case .enumeration(let enumID) = field.type.typeLookingThroughArrays, let enumType = schema.enumType(enumID),
                  checkedEnums.insert(enumID).inserted else { continue }
            let wires = Set(enumType.values.map(\.wire))
            for row in table.rows where !wires.contains(row.value) {
                error("\(context): '\(row.value)' is not a value of enum '\(enumID)'\(NameSuggestion.didYouMean(row.value, among: wires))", at: row.location)
            }
        }
        reportDuplicates(table.rows, what: "row value", in: context, key: \.value, location: \.location)
    }
}

extension FieldType {
    /// The type of the elements of an array, or the type itself.
    var typeLookingThroughArrays: FieldType {
        if case .array(let element) = self { return element.typeLookingThroughArrays }
        return self
    }
}
