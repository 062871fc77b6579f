extension ModelBuilder {
    /// A grammar becomes a Swift type: without `swift-name`, its kebab id in UpperCamelCase
    /// (`p-card-option` → `PCardOption`).
    mutating func grammar(_ node: ElementNode) -> BypassGrammar {
        let id = node.attribute("id") ?? ""
        return BypassGrammar(
            id: id,
            swiftName: node.attribute("swift-name"),
            platform: node.attribute("platform").flatMap(Platform.init(rawValue:)),
            tokens: node.children(named: "token").map { token($0) },
            documentation: documentation(of: node),
            location: location(of: node)
        )
    }

    /// A token becomes an enum case: without `swift-name`, its kebab id in lowerCamelCase.
    private mutating func token(_ node: ElementNode) -> GrammarToken {
        let id = node.attribute("id") ?? ""
        return GrammarToken(
            id: id,
            swiftName: node.attribute("swift-name"),
            contract: node.attribute("contract"),
            elements: node.child(named: "syntax").map { syntax($0) } ?? [],
            // Exact, like literals: a literal's spaces are part of the string, so an example's are too.
            writtenExamples: node.children(named: "example").map { GrammarExample(text: $0.rawText, location: location(of: $0)) },
            documentation: documentation(of: node),
            location: location(of: node)
        )
    }

    /// The children of a `syntax` or `repeat` element. Literals and separators are kept exactly
    /// as written: their spaces are part of the string Inicis reads.
    private mutating func syntax(_ node: ElementNode) -> [GrammarElement] {
        node.children.compactMap { child -> GrammarElement? in
            switch child.name {
            case "literal":
                return .literal(child.rawText)
            case "value":
                return grammarValue(child).map(GrammarElement.value)
            case "repeat":
                let name = child.attribute("name") ?? ""
                let elements = syntax(child)
                if !Self.holdsValue(elements) {
                    error("repeat '\(name)' holds no value: a repetition of fixed text carries nothing to read or write; put a <value> in it, or write the text as a <literal>", at: child)
                }
                return .repetition(name: name, separator: child.rawAttribute("separator") ?? "", elements: elements)
            default:
                return nil
            }
        }
    }

    /// Whether a value stands anywhere in `elements`, inner repetitions included.
    private static func holdsValue(_ elements: [GrammarElement]) -> Bool {
        elements.contains { element in
            switch element {
            case .literal: false
            case .value: true
            case .repetition(_, _, let inner): holdsValue(inner)
            }
        }
    }

    private mutating func grammarValue(_ node: ElementNode) -> GrammarValue? {
        let name = node.attribute("name") ?? ""
        let label = node.attribute("label")
        let kindName = node.attribute("kind") ?? ""
        let context = "grammar value '\(name)'"
        let allowed: Set<String> = switch kindName {
        case "digits": ["length"]
        case "integer": ["min", "max"]
        case "enum": ["ref"]
        default: []
        }
        for attribute in ["length", "min", "max", "ref"] as [StaticString] where !allowed.contains("\(attribute)") && node.attribute(attribute) != nil {
            error("\(context): '\(attribute)' is not allowed with kind=\"\(kindName)\"", at: node)
        }
        switch kindName {
        case "hex-color":
            return GrammarValue(name: name, label: label, kind: .hexColor)
        case "digits":
            guard let length = integerAttribute("length", of: node) else {
                if node.attribute("length") == nil { error("\(context) of kind 'digits' needs a 'length' attribute", at: node) }
                return nil
            }
            return GrammarValue(name: name, label: label, kind: .digits(length: length))
        case "integer":
            return GrammarValue(name: name, label: label, kind: .integer(minimum: integerAttribute("min", of: node), maximum: integerAttribute("max", of: node)))
        case "enum":
            guard let ref = node.attribute("ref") else {
                error("\(context) of kind 'enum' needs a 'ref' attribute naming an enum", at: node)
                return nil
            }
            return GrammarValue(name: name, label: label, kind: .enumeration(ref))
        default:
            error("\(context): unknown kind '\(kindName)'", at: node)
            return nil
        }
    }
}
