import InicisSchema

/// For a model with secret fields (card number, birth date, password digits, identity number):
/// `description`, `debugDescription` and the mirror (`dump`, Xcode's variables view) print
/// `<redacted>` in place of their values, so that logging a request never leaks them. Other
/// fields print as Swift would print them.
struct RedactionRenderer {
    let object: ObjectType

    static let placeholder = "<redacted>"

    /// The fields the model carries.
    private var fields: [Field] { object.fields.filter { !$0.isRemovedFromWire } }

    var isNeeded: Bool { fields.contains(where: \.isSecret) }

    func render(into writer: inout CodeWriter) {
        let secrets = fields.filter(\.isSecret).map { CodeSpan.render($0.wireName) }.joined(separator: ", ")
        writer.block("extension \(object.swiftName): CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable") { writer in
            DocComment.write([.paragraph("민감 정보(\(secrets))는 값 대신 " + CodeSpan.render(Self.placeholder) + "로 보여 줍니다.")], into: &writer)
            switch object.shape {
            case .structure: renderStructure(into: &writer)
            case .oneOf: renderOneOf(into: &writer)
            }
            writer.line()
            writer.line("public var debugDescription: String { description }")
        }
    }

    private func name(_ field: Field) -> String { SwiftIdentifier.escaped(field.swiftName) }

    private func label(_ field: Field) -> String { SwiftStringLiteral.render(field.swiftName) }

    private var placeholderLiteral: String { SwiftStringLiteral.render(Self.placeholder) }

    private func renderStructure(into writer: inout CodeWriter) {
        writer.block("public var description: String") { writer in
            writer.line("let parts: [String] = [")
            writer.indented { writer in
                for field in fields {
                    writer.line(shown(field) + ",")
                }
            }
            writer.line("]")
            writer.line("return " + SwiftStringLiteral.render(object.swiftName + "(") + " + parts.joined(separator: \", \") + \")\"")
        }
        writer.line()
        writer.block("public var customMirror: Mirror") { writer in
            writer.line("Mirror(self, children: [")
            writer.indented { writer in
                for field in fields {
                    writer.line("(label: \(label(field)), value: \(mirrored(field))),")
                }
            }
            writer.line("], displayStyle: .struct)")
        }
    }

    /// A secret as the placeholder (`nil` when an optional one is absent), anything else as Swift
    /// prints it.
    private func shown(_ field: Field) -> String {
        let prefix = field.swiftName + ": "
        guard field.isSecret else { return SwiftStringLiteral.render(prefix) + " + String(reflecting: \(name(field)))" }
        if field.requirements.isRequiredEverywhere { return SwiftStringLiteral.render(prefix + Self.placeholder) }
        return SwiftStringLiteral.render(prefix) + " + (\(name(field)) == nil ? \"nil\" : \(placeholderLiteral))"
    }

    private func mirrored(_ field: Field) -> String {
        guard field.isSecret else { return name(field) + " as Any" }
        if field.requirements.isRequiredEverywhere { return placeholderLiteral + " as Any" }
        return "(\(name(field)) == nil ? \"nil\" : \(placeholderLiteral)) as Any"
    }

    private func renderOneOf(into writer: inout CodeWriter) {
        writer.block("public var description: String") { writer in
            writer.switchBlock("self") { writer in
                for field in fields {
                    let value = field.isSecret ? placeholderLiteral : "String(reflecting: value)"
                    let binding = field.isSecret ? "" : "(let value)"
                    writer.line("case .\(name(field))\(binding): " + SwiftStringLiteral.render("\(object.swiftName).\(field.swiftName)(") + " + \(value) + \")\"")
                }
            }
        }
        writer.line()
        writer.block("public var customMirror: Mirror") { writer in
            writer.switchBlock("self") { writer in
                for field in fields {
                    let value = field.isSecret ? placeholderLiteral + " as Any" : "value as Any"
                    let binding = field.isSecret ? "" : "(let value)"
                    writer.line("case .\(name(field))\(binding): Mirror(self, children: [(label: \(label(field)), value: \(value))], displayStyle: .enum)")
                }
            }
        }
    }
}
