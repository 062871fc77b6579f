extension CheckRun {
    /// Token examples follow their token's syntax (the pages show the builder call for each, and
    /// the generated library's tests parse them); values that become one Swift type agree on
    /// what that type accepts.
    mutating func checkGrammars() {
        var reader = GrammarExampleReader(schema: schema)
        for grammar in schema.grammars {
            for token in grammar.tokens {
                for example in token.writtenExamples where reader.read(example.text, as: token.elements) == nil {
                    error("token '\(token.id)' of grammar '\(grammar.id)': example '\(example.text)' does not follow the token's syntax", at: example.location)
                }
            }
        }
        checkSharedValueTypes()
    }

    /// Digits and integer values are one Swift type per name (`cardCode` → `CardCode`): the same
    /// name must mean the same rule everywhere, and must not be the name of another type.
    private mutating func checkSharedValueTypes() {
        let typeNames = Set(schema.enums.map(\.swiftName) + schema.objects.map(\.swiftName) + schema.grammars.map(\.swiftName))
        var first: [String: (kind: GrammarValue.Kind, token: GrammarToken)] = [:]
        for grammar in schema.grammars {
            for token in grammar.tokens {
                for value in token.values {
                    switch value.kind {
                    case .digits, .integer: break
                    case .hexColor, .enumeration: continue
                    }
                    let typeName = value.typeName
                    if typeNames.contains(typeName) {
                        error("token '\(token.id)': value '\(value.name)' would become Swift type '\(typeName)', which an enum, object or grammar already uses; rename the value", at: token.location)
                    }
                    if let earlier = first[typeName], earlier.kind != value.kind {
                        error("token '\(token.id)': value '\(value.name)' (Swift type '\(typeName)') has a different kind than in token '\(earlier.token.id)' (line \(earlier.token.location.line)); values that become one Swift type must agree, so rename one", at: token.location)
                    } else if first[typeName] == nil {
                        first[typeName] = (value.kind, token)
                    }
                }
            }
        }
    }
}
