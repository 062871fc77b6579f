import InicisSchema

/// For a model with secret fields (card number, birth date, password digits, identity number):
/// `description`, `debugDescription` and the mirror (`dump`, Xcode's variables view) print
/// `<redacted>` in place of their values, so that logging a request never leaks them. Other
/// fields print as Swift would print them.
struct RedactionRenderer {
    let object: ObjectType

    static let placeholder = "<redacted>"

    /// Whether `object` has a secret field the model carries: asked of every object, so it
    /// looks without collecting the fields.
    static func isNeeded(for object: ObjectType) -> Bool {
        object.fields.contains { !$0.isRemovedFromWire && $0.isSecret }
    }

    /// The fields the model carries, with their escaped names, worked out once.
    private let properties: [(field: Field, name: String)]

    init(object: ObjectType) {
        self.object = object
        properties = object.fields.filter { !$0.isRemovedFromWire }.map { ($0, SwiftIdentifier.escaped($0.swiftName)) }
    }

    func render(into writer: inout CodeWriter) {
        let secrets = properties.filter(\.field.isSecret).map { CodeSpan.render($0.field.wireName) }.joined(separator: ", ")
        writer.block("extension ", object.swiftName, ": CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable") { writer in
            DocComment.write([.paragraph("민감 정보(" + secrets + ")는 값 대신 " + CodeSpan.render(Self.placeholder) + "로 보여 줍니다.")], into: &writer)
            switch object.shape {
            case .structure: renderStructure(into: &writer)
            case .oneOf: renderOneOf(into: &writer)
            }
            writer.line()
            writer.line("public var debugDescription: String { description }")
        }
    }

    private var placeholderLiteral: SwiftStringLiteral.Piece { SwiftStringLiteral.Piece(Self.placeholder) }

    private func renderStructure(into writer: inout CodeWriter) {
        writer.block("public var description: String") { writer in
            writer.line("let parts: [String] = [")
            writer.indented { writer in
                for (field, name) in properties {
                    renderShown(field, name: name, into: &writer)
                }
            }
            writer.line("]")
            writer.line("return ", SwiftStringLiteral.Piece(object.swiftName + "("), " + parts.joined(separator: \", \") + \")\"")
        }
        writer.line()
        writer.block("public var customMirror: Mirror") { writer in
            writer.line("Mirror(self, children: [")
            writer.indented { writer in
                for (field, name) in properties {
                    renderMirrored(field, name: name, into: &writer)
                }
            }
            writer.line("], displayStyle: .struct)")
        }
    }

    /// A secret as the placeholder (`nil` when an optional one is absent), anything else as Swift
    /// prints it.
    private func renderShown(_ field: Field, name: String, into writer: inout CodeWriter) {
        let prefix = field.swiftName + ": "
        if !field.isSecret {
            writer.line(SwiftStringLiteral.Piece(prefix), " + String(reflecting: ", name, "),")
        } else if field.requirements.isRequiredEverywhere {
            writer.line(SwiftStringLiteral.Piece(prefix + Self.placeholder), ",")
        } else {
            writer.line(SwiftStringLiteral.Piece(prefix), " + (", name, " == nil ? \"nil\" : ", placeholderLiteral, "),")
        }
    }

    private func renderMirrored(_ field: Field, name: String, into writer: inout CodeWriter) {
        let label = SwiftStringLiteral.Piece(field.swiftName)
        if !field.isSecret {
            writer.line("(label: ", label, ", value: ", name, " as Any),")
        } else if field.requirements.isRequiredEverywhere {
            writer.line("(label: ", label, ", value: ", placeholderLiteral, " as Any),")
        } else {
            writer.line("(label: ", label, ", value: (", name, " == nil ? \"nil\" : ", placeholderLiteral, ") as Any),")
        }
    }

    private func renderOneOf(into writer: inout CodeWriter) {
        writer.block("public var description: String") { writer in
            writer.switchBlock("self") { writer in
                for (field, name) in properties {
                    let shown = SwiftStringLiteral.Piece(object.swiftName + "." + field.swiftName + "(")
                    if field.isSecret {
                        writer.line("case .", name, ": ", shown, " + ", placeholderLiteral, " + \")\"")
                    } else {
                        writer.line("case .", name, "(let value): ", shown, " + String(reflecting: value) + \")\"")
                    }
                }
            }
        }
        writer.line()
        writer.block("public var customMirror: Mirror") { writer in
            writer.switchBlock("self") { writer in
                for (field, name) in properties {
                    let label = SwiftStringLiteral.Piece(field.swiftName)
                    if field.isSecret {
                        writer.line("case .", name, ": Mirror(self, children: [(label: ", label, ", value: ", placeholderLiteral, " as Any)], displayStyle: .enum)")
                    } else {
                        writer.line("case .", name, "(let value): Mirror(self, children: [(label: ", label, ", value: value as Any)], displayStyle: .enum)")
                    }
                }
            }
        }
    }
}
