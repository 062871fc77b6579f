extension CheckRun {
    /// Every name that becomes a Swift identifier must be one (keywords are escaped later). Names
    /// derived from wire values can fail (`1m`); the fix is an explicit `swift-name`.
    mutating func checkSwiftNames() {
        for enumType in schema.enums {
            checkIdentifier(enumType.swiftName, of: "enum '\(enumType.id)'", at: enumType.location)
            for value in enumType.values {
                checkIdentifier(value.swiftName, of: "value '\(value.wire)' of enum '\(enumType.id)'", at: value.location)
            }
        }
        for object in schema.objects {
            checkIdentifier(object.swiftName, of: "object '\(object.id)'", at: object.location)
            for field in object.fields {
                checkIdentifier(field.swiftName, of: "field '\(field.wireName)' of object '\(object.id)'", at: field.location)
            }
        }
        for operation in schema.operations {
            for parameter in operation.pathParameters {
                checkIdentifier(parameter.swiftName, of: "path-parameter '\(parameter.wireName)' of operation '\(operation.id)'", at: parameter.location)
            }
        }
        for grammar in schema.grammars {
            checkIdentifier(grammar.swiftName, of: "grammar '\(grammar.id)'", at: grammar.location)
            for token in grammar.tokens {
                checkIdentifier(token.swiftName, of: "token '\(token.id)' of grammar '\(grammar.id)'", at: token.location)
            }
        }
    }

    /// `owner` is built only for a name that is reported: nearly every name is valid.
    private mutating func checkIdentifier(_ name: String, of owner: @autoclosure () -> String, at location: SourceLocation) {
        guard !SwiftIdentifier.isValid(name) else { return }
        error("the Swift name '\(name)' of \(owner()) is not a valid Swift identifier; add a swift-name attribute (letters, digits and '_', not starting with a digit)", at: location)
    }
}
