import InicisSchema

/// An object's table for the validator: every field (removed ones too, so they are recognised)
/// with its type and per-platform requirement, and the object's rules.
///
/// A `FieldSpec(…)` line has a varying number of arguments, so it is written piece by piece into
/// the line (`writeLine`) rather than collected as an array of argument strings and joined.
struct ObjectSpecRenderer {
    let object: ObjectType
    let schema: Schema

    func render(into writer: inout CodeWriter) {
        writer.block("extension ", object.swiftName) { writer in
            writer.line("/// 검증기가 쓰는 필드와 규칙")
            writer.line("static let validationSpec = ObjectSpec(")
            writer.indented { writer in
                if let summary = object.documentation.summary {
                    writer.line("label: ", SwiftStringLiteral.Piece(summary), ",")
                }
                if object.shape == .oneOf {
                    writer.line("isOneOf: true,")
                }
                renderFields(into: &writer)
                let rules = RuleSpecRenderer(holder: object, schema: schema)
                rules.renderArgument(object.rules, into: &writer)
            }
            writer.line(")")
        }
    }

    private func renderFields(into writer: inout CodeWriter) {
        let separator = object.rules.isEmpty ? "" : ","
        guard !object.fields.isEmpty else {
            writer.line("fields: []", separator)
            return
        }
        writer.line("fields: [")
        writer.indented { writer in
            for field in object.fields {
                writer.writeLine { line in writeFieldSpec(field, to: &line) }
            }
        }
        writer.line("]", separator)
    }

    /// `FieldSpec("wire", label: "…", .string, pc: .required, …),`.
    private func writeFieldSpec(_ field: Field, to line: inout [UInt8]) {
        line.write("FieldSpec(")
        line.write(SwiftStringLiteral.Piece(field.wireName))
        if let summary = field.documentation.summary {
            line.write(", label: ")
            line.write(SwiftStringLiteral.Piece(summary))
        }
        line.write(", ")
        ValueSpecText.write(field.type, in: schema, to: &line)
        Self.writeRequirements(field.requirements, to: &line)
        if let contract = field.contract {
            line.write(", contract: InicisContract(rawValue: ")
            line.write(SwiftStringLiteral.Piece(contract))
            line.write(")")
        }
        if let grammar = field.grammar {
            line.write(", grammar: ")
            line.write(SwiftStringLiteral.Piece(grammar))
        }
        if field.isRemovedFromWire { line.write(", isRemoved: true") }
        if field.isSecret { line.write(", isSecret: true") }
        line.write("),")
    }

    /// `, pc: .required, mobile: .optional`, in `Platform.allCases` order. The two or three
    /// entries are read in one pass and placed by platform: cheaper than hashing each platform to
    /// look it up, or walking the dictionary once per platform.
    private static func writeRequirements(_ requirements: PlatformRequirements, to line: inout [UInt8]) {
        assert(Platform.allCases == [.pc, .mobile, .api], "write the requirements in Platform.allCases order")
        var pc, mobile, api: PlatformRequirement?
        for (platform, requirement) in requirements.byPlatform {
            switch platform {
            case .pc: pc = requirement
            case .mobile: mobile = requirement
            case .api: api = requirement
            }
        }
        writeRequirement(.pc, pc, to: &line)
        writeRequirement(.mobile, mobile, to: &line)
        writeRequirement(.api, api, to: &line)
    }

    private static func writeRequirement(_ platform: Platform, _ requirement: PlatformRequirement?, to line: inout [UInt8]) {
        guard let requirement else { return }
        line.write(", ")
        line.write(platform.rawValue)
        line.write(": .")
        line.write(requirement.rawValue)
    }
}

/// A field type as a `ValueSpec` expression; named types become indices into the catalog, with
/// the type's name in a comment.
enum ValueSpecText {
    static func write(_ type: FieldType, in schema: Schema, to bytes: inout [UInt8]) {
        switch type {
        case .string: bytes.write(".string")
        case .integer: bytes.write(".integer")
        case .boolean: bytes.write(".boolean")
        case .dateTime: bytes.write(".dateTime")
        case .enumeration(let id):
            if let index = schema.enumPosition(id) {
                writeReference(".enumeration(", index, schema.enums[index].swiftName, to: &bytes)
            } else {
                // An unresolved reference (the checker reports it): any string passes.
                bytes.write(".string")
            }
        case .object(let id), .oneOf(let id):
            if let index = schema.objectPosition(id) {
                writeReference(".object(", index, schema.objects[index].swiftName, to: &bytes)
            } else {
                bytes.write(".string")
            }
        case .array(let element):
            bytes.write(".array(")
            write(element, in: schema, to: &bytes)
            bytes.write(")")
        }
    }

    /// `.object(3 /* WindowTypes */)`.
    private static func writeReference(_ opener: String, _ index: Int, _ name: String, to bytes: inout [UInt8]) {
        bytes.write(opener)
        bytes.write(index)
        bytes.write(" /* ")
        bytes.write(name)
        bytes.write(" */)")
    }
}
