import InicisSchema

/// The Swift expression that writes one level of syntax as text, with each hole read from the
/// variable or property of its name: `"SKIN(" + color.rendered + ")"`.
enum GrammarRenderingCode {
    static func expression(for elements: [GrammarElement]) -> String {
        let pieces = elements.map { element -> String in
            switch element {
            case .literal(let text):
                SwiftStringLiteral.render(text)
            case .value(let value):
                SwiftIdentifier.escaped(value.name) + ".rendered"
            case .repetition(let name, let separator, _):
                SwiftIdentifier.escaped(name) + ".rendered(separator: " + SwiftStringLiteral.render(separator) + ")"
            }
        }
        return pieces.isEmpty ? "\"\"" : pieces.joined(separator: " + ")
    }

    /// The text of a syntax without holes: a keyword token (`below1000`).
    static func fixedText(of elements: [GrammarElement]) -> String {
        elements.map { element in
            if case .literal(let text) = element { text } else { "" }
        }.joined()
    }
}
