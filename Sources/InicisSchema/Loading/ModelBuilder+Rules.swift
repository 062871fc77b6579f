extension ModelBuilder {
    /// The children of a `rules` element, in order; a rule the model cannot express is left out
    /// after its error is reported.
    mutating func rules(in node: ElementNode) -> [Rule] {
        node.children.compactMap { rule($0) }
    }

    private mutating func rule(_ node: ElementNode) -> Rule? {
        let id = node.attribute("id") ?? ""
        guard let kind = ruleKind(node, id: id) else { return nil }
        return Rule(
            id: id,
            kind: kind,
            platforms: Set((node.attribute("platforms") ?? "").xmlListItems.compactMap(Platform.init(rawValue:))),
            conditions: node.children(named: "when").compactMap { condition($0, rule: id) },
            source: node.child(named: "source")?.text ?? "",
            message: node.child(named: "message")?.text,
            location: location(of: node)
        )
    }

    private mutating func ruleKind(_ node: ElementNode, id: String) -> RuleKind? {
        let path = node.attribute("path") ?? ""
        switch node.name {
        case "required-group":
            return .requiredGroup(alternatives: Self.alternatives(node.attribute("alternatives") ?? ""))
        case "exactly-one":
            return .exactlyOne((node.attribute("paths") ?? "").xmlListItems)
        case "require":
            return .require(path)
        case "forbid":
            return .forbid(path)
        case "future":
            // The XSD admits only the known names; the default is the attribute's XSD default.
            let format = node.attribute("format").flatMap(TemporalFormat.init(rawValue:)) ?? .dateTime
            return .future(path, format: format)
        case "allowed-values":
            return .allowedValues(path: path, values: (node.attribute("values") ?? "").xmlListItems)
        case "format":
            return valueFormat(node, rule: id).map { .format(path: path, format: $0) }
        case "range":
            return .range(path: path, minimum: integerAttribute("min", of: node), maximum: integerAttribute("max", of: node))
        case "order":
            return .order(earlier: node.attribute("earlier") ?? "", later: node.attribute("later") ?? "")
        case "needs-contract":
            return .needsContract(path: path, contract: node.attribute("contract") ?? "")
        default:
            error("unknown rule kind '\(node.name)'", at: node)
            return nil
        }
    }

    /// `fullName | firstName lastName` → `[["fullName"], ["firstName", "lastName"]]`.
    static func alternatives(_ text: String) -> [[String]] {
        text.split(separator: "|").map { String($0).xmlListItems }.filter { !$0.isEmpty }
    }

    private mutating func valueFormat(_ node: ElementNode, rule id: String) -> ValueFormat? {
        let name = node.attribute("format") ?? ""
        // Exact text: a space or an edge character may belong to the set.
        let characters = node.rawAttribute("characters")
        if name != "characters", characters != nil {
            error("rule '\(id)': 'characters' is only allowed with format=\"characters\"", at: node)
        }
        switch name {
        case "ascii-printable": return .asciiPrintable
        case "digits": return .digits
        case "hex-color": return .hexColor
        case "date-time": return .dateTime
        case "two-digit-month": return .twoDigitMonth
        case "two-digit-year": return .twoDigitYear
        case "characters":
            guard let characters, !characters.isEmpty else {
                error("rule '\(id)': format=\"characters\" needs a 'characters' attribute listing the allowed characters (e.g. characters=\"A-Za-z0-9\")", at: node)
                return nil
            }
            return .characters(characters)
        default:
            error("rule '\(id)': unknown format '\(name)'", at: node)
            return nil
        }
    }

    /// A `when` element. `in`/`not-in` without values become empty lists, which the checker
    /// reports; a missing single value cannot be represented, so it is reported here.
    private mutating func condition(_ node: ElementNode, rule id: String) -> Condition? {
        let path = node.attribute("path") ?? ""
        let test = node.attribute("test") ?? ""
        let value = node.attribute("value")
        let values = (value ?? "").xmlListItems
        let context = "rule '\(id)': condition on '\(path)'"
        let result: Condition.Test
        switch test {
        case "present", "absent":
            if value != nil {
                error("\(context): test '\(test)' takes no value; remove value=\"\(value!)\"", at: node)
            }
            result = test == "present" ? .present : .absent
        case "equals", "not-equals":
            guard values.count == 1 else {
                let problem = values.isEmpty ? "needs a value" : "takes one value; use test=\"\(test == "equals" ? "in" : "not-in")\" for a list"
                error("\(context): test '\(test)' \(problem)", at: node)
                return nil
            }
            result = test == "equals" ? .equals(values[0]) : .notEquals(values[0])
        case "in":
            result = .oneOf(values)
        case "not-in":
            result = .noneOf(values)
        default:
            error("\(context): unknown test '\(test)'", at: node)
            return nil
        }
        return Condition(path: path, test: result, location: location(of: node))
    }
}
