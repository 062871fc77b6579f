extension CheckRun {
    /// Every `swift-name` the schema gives is an identifier the generated code can declare. Names
    /// derived by `SwiftNaming` always are; grammar value names are written by hand, like
    /// `swift-name`, and become argument labels and properties.
    mutating func checkSwiftNames() {
        for enumType in schema.enums {
            checkDeclaredType(enumType.declaredSwiftName, of: "enum '\(enumType.id)'", at: enumType.location)
            for value in enumType.values {
                checkDeclaredMember(value.declaredSwiftName, of: "value '\(value.wire)' of enum '\(enumType.id)'", at: value.location)
            }
        }
        for object in schema.objects {
            checkDeclaredType(object.declaredSwiftName, of: "object '\(object.id)'", at: object.location)
            for field in object.fields {
                checkDeclaredMember(field.declaredSwiftName, of: "field '\(field.wireName)' of object '\(object.id)'", at: field.location)
            }
        }
        for operation in schema.operations {
            for parameter in operation.pathParameters {
                checkDeclaredMember(parameter.declaredSwiftName, of: "path-parameter '\(parameter.wireName)' of operation '\(operation.id)'", at: parameter.location)
            }
        }
        for grammar in schema.grammars {
            checkDeclaredType(grammar.declaredSwiftName, of: "grammar '\(grammar.id)'", at: grammar.location)
            for token in grammar.tokens {
                checkDeclaredMember(token.declaredSwiftName, of: "token '\(token.id)' of grammar '\(grammar.id)'", at: token.location)
                for name in token.holeNames {
                    checkDeclaredMember(name, of: "value '\(name)' of token '\(token.id)'", what: "name", at: token.location)
                }
            }
        }
    }

    private mutating func checkDeclaredMember(_ name: String?, of owner: String, what: String = "swift-name", at location: SourceLocation) {
        guard let name else { return }
        checkIdentifier(name, of: owner, what: what, at: location)
        if SwiftNaming.reservedMemberNames.contains(name) {
            error("the \(what) '\(name)' of \(owner) is reserved: the generated code declares it or cannot use it as a property or case name; choose another", at: location)
        }
    }

    private mutating func checkDeclaredType(_ name: String?, of owner: String, at location: SourceLocation) {
        guard let name else { return }
        checkIdentifier(name, of: owner, what: "swift-name", at: location)
        if SwiftNaming.reservedTypeNames.contains(name) {
            error("the swift-name '\(name)' of \(owner) is reserved: Swift, Foundation or the generated library already has a type of that name; choose another", at: location)
        } else if SwiftIdentifier.keywords.contains(name) {
            error("the swift-name '\(name)' of \(owner) is a Swift keyword, which cannot name a type; choose another", at: location)
        }
    }

    private mutating func checkIdentifier(_ name: String, of owner: String, what: String, at location: SourceLocation) {
        guard !SwiftIdentifier.isValid(name) else { return }
        error("the \(what) '\(name)' of \(owner) is not a valid Swift identifier; use letters, digits and '_', not starting with a digit", at: location)
    }
}

extension GrammarToken {
    /// The names of the token's values and repetitions, at every level of its syntax.
    var holeNames: [String] {
        Self.holeNames(in: elements)
    }

    private static func holeNames(in elements: [GrammarElement]) -> [String] {
        elements.flatMap { element -> [String] in
            switch element {
            case .literal: []
            case .value(let value): [value.name]
            case .repetition(let name, _, let inner): [name] + holeNames(in: inner)
            }
        }
    }
}
