import InicisSchema

/// Where pages and sections live, so every page links the same way. All pages sit in one folder,
/// so a link from one page to another is the page's file name.
enum Links {
    static let indexPage = "README.md"
    static let contractsPage = "contracts.md"
    static let bypassPage = "bypass.md"
    static let requirednessPage = "requiredness.md"
    static let differencesPage = "differences.md"

    static func operationPage(_ operation: Operation) -> String {
        "\(operation.id).md"
    }

    static func enumAnchor(_ id: String) -> String {
        Naming.anchor("enum", id)
    }

    static func grammarAnchor(_ id: String) -> String {
        Naming.anchor("grammar", id)
    }

    static func tokenAnchor(_ grammarID: String, _ tokenID: String) -> String {
        Naming.anchor("bypass", grammarID, tokenID)
    }

    /// `[`ocb`](bypass.md#bypass-acceptmethod-ocb)`: a bypass option, on the bypass page.
    static func token(_ grammarID: String, _ tokenID: String) -> String {
        "[" + MarkdownText.code(tokenID) + "](" + bypassPage + "#" + tokenAnchor(grammarID, tokenID) + ")"
    }

    static func objectAnchor(_ id: String) -> String {
        Naming.anchor("object", id)
    }

    static func exampleAnchor(_ id: String) -> String {
        Naming.anchor("example", id)
    }

    /// `rule-customer-name` for a rule of the operation; a rule of an object is placed once per
    /// path where the object sits: `rule-customer-name-at-customer`.
    static func ruleAnchor(_ id: String, at components: [String]) -> String {
        components.isEmpty ? Naming.anchor("rule", id) : Naming.anchor("rule", id, "at", components.joined(separator: "."))
    }

    static func contractAnchor(_ id: String) -> String {
        Naming.anchor("contract", id)
    }

    static func requirednessAnchor(_ operation: Operation) -> String {
        Naming.anchor("requiredness", operation.id)
    }

    /// `[부가세 및 비과세 금액 직접 설정](contracts.md#contract-vat-tax-free)`.
    static func contract(_ id: String, in schema: Schema) -> String {
        let name = schema.contract(id)?.name ?? id
        return "[\(MarkdownText.inline(name))](\(contractsPage)#\(contractAnchor(id)))"
    }

    /// `[`text`](target)` with the text as a code span; in a table cell its pipes are escaped.
    static func code(_ text: String, to target: String, inTable: Bool = true) -> String {
        "[" + MarkdownText.code(text, inTable: inTable) + "](" + target + ")"
    }
}
