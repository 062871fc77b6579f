extension CheckRun {
    /// Notes say where they belong: `operations` names operations that reach the node it sits on
    /// (a note scoped to an operation that never shows the node would never be read), and only an
    /// operation's own notes carry the guide's 유의사항 heading and group.
    mutating func checkNotes() {
        for note in SchemaDocumentation(schema).all.flatMap(\.notes) where note.link?.address.isEmpty == true {
            error("a note's link=\"…\" needs href=\"https://…\", the page it links to", at: note.location)
        }
        let reach = NoteReach(index)
        checkUnscoped(schema.documentation, where: "the schema's notes", allowsTitle: true)
        for contract in schema.contracts {
            checkUnscoped(contract.documentation, where: "contract '\(contract.id)'")
        }
        for table in schema.payMethodTables {
            checkUnscoped(table.documentation, where: "pay-method table '\(table.id)'")
        }
        for enumType in schema.enums {
            let operations = reach.operations(ofEnum: enumType.id)
            checkScoped(enumType.documentation, where: "enum '\(enumType.id)'", reachedBy: operations)
            for value in enumType.values {
                checkScoped(value.documentation, where: "value '\(value.wire)' of enum '\(enumType.id)'", reachedBy: operations)
            }
        }
        for object in schema.objects {
            let operations = reach.operations(ofObject: object.id)
            checkScoped(object.documentation, where: "object '\(object.id)'", reachedBy: operations)
            for field in object.fields {
                checkScoped(field.documentation, where: "field '\(field.wireName)' of object '\(object.id)'", reachedBy: operations)
            }
        }
        for grammar in schema.grammars {
            let operations = reach.operations(ofGrammar: grammar.id)
            checkScoped(grammar.documentation, where: "grammar '\(grammar.id)'", reachedBy: operations)
            for token in grammar.tokens {
                checkScoped(token.documentation, where: "token '\(token.id)' of grammar '\(grammar.id)'", reachedBy: operations)
            }
        }
        for operation in schema.operations {
            for note in operation.documentation.notes where !note.operations.isEmpty {
                error("operation '\(operation.id)': a note of the operation belongs to it already; remove operations=\"\(note.operations.joined(separator: " "))\"", at: note.location)
            }
            for note in operation.documentation.notes {
                guard let topic = note.topic, !schema.noteTopics.contains(where: { $0.id == topic }) else { continue }
                error("operation '\(operation.id)': unknown note topic '\(topic)'; declare it under <note-topics>\(NameSuggestion.didYouMean(topic, among: schema.noteTopics.lazy.map(\.id)))", at: note.location)
            }
            for parameter in operation.pathParameters {
                checkScoped(parameter.documentation, where: "path parameter '\(parameter.wireName)'", reachedBy: [operation.id])
            }
            for example in operation.examples {
                checkUnscoped(example.documentation, where: "example '\(example.id)'")
            }
        }
    }

    /// A node that no operation shares: no note of it names operations, none has a group (and
    /// only the schema's own notes, which the index lists, have headings).
    private mutating func checkUnscoped(_ documentation: Documentation, where place: String, allowsTitle: Bool = false) {
        for note in documentation.notes {
            if !note.operations.isEmpty {
                error("\(place): operations=\"…\" scopes a note on something several operations share (an object, field, enum, value, grammar or token); this note is not on one", at: note.location)
            }
            if allowsTitle, note.title != nil, note.topic == nil { continue }
            checkNoHeading(note, where: place)
        }
    }

    /// A node that no operation reaches has its own warning (not used by any operation); its
    /// notes' scopes are not reported again, once per note.
    private mutating func checkScoped(_ documentation: Documentation, where place: String, reachedBy operations: [String]) {
        for note in documentation.notes {
            checkNoHeading(note, where: place)
            for id in note.operations where !operations.contains(id) {
                if schema.operation(id) == nil {
                    error("\(place): note for unknown operation '\(id)'\(NameSuggestion.didYouMean(id, among: schema.operations.lazy.map(\.id)))", at: note.location)
                } else if !operations.isEmpty {
                    let reaching = operations.map { "'\($0)'" }.joined(separator: ", ")
                    error("\(place): note for operation '\(id)', which never shows it (reached by \(reaching))", at: note.location)
                }
            }
        }
    }

    private mutating func checkNoHeading(_ note: Note, where place: String) {
        if note.topic != nil || note.title != nil {
            error("\(place): title and topic put a note under the 유의사항 of an operation (a title also heads a note of the schema itself); this note is on neither", at: note.location)
        }
    }
}

/// Which operations show each enum and grammar: those that reach an object with a field of it.
private struct NoteReach {
    private let objects: [String: [String]]
    private let enums: [String: [String]]
    private let grammars: [String: [String]]

    init(_ index: SchemaIndex) {
        let schema = index.schema
        var objects: [String: [String]] = [:]
        var enums: [String: [String]] = [:]
        var grammars: [String: [String]] = [:]
        for object in schema.objects where objects[object.id] == nil {
            let operations = index.reachability.operationIDs[object.id] ?? []
            objects[object.id] = operations
            for field in object.fields {
                if let enumID = Self.enumID(in: field.type) { enums[enumID, default: []].append(contentsOf: operations) }
                if let grammar = field.grammar { grammars[grammar, default: []].append(contentsOf: operations) }
            }
        }
        self.objects = objects
        self.enums = enums
        self.grammars = grammars
    }

    func operations(ofObject id: String) -> [String] { objects[id] ?? [] }
    func operations(ofEnum id: String) -> [String] { enums[id] ?? [] }
    func operations(ofGrammar id: String) -> [String] { grammars[id] ?? [] }

    private static func enumID(in type: FieldType) -> String? {
        switch type {
        case .enumeration(let id): id
        case .array(let element): enumID(in: element)
        default: nil
        }
    }
}
