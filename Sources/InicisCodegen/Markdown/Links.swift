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
        operation.id + ".md"
    }

    static func enumAnchor(_ id: String) -> String {
        AnchorSlug.anchor("enum", id)
    }

    static func grammarAnchor(_ id: String) -> String {
        AnchorSlug.anchor("grammar", id)
    }

    static func tokenAnchor(_ grammarID: String, _ tokenID: String) -> String {
        AnchorSlug.anchor("bypass", grammarID, tokenID)
    }

    /// `[`ocb`](bypass.md#bypass-acceptmethod-ocb)`: a bypass option, on the bypass page.
    static func token(_ grammarID: String, _ tokenID: String) -> String {
        code(tokenID, to: bypassPage + "#" + tokenAnchor(grammarID, tokenID))
    }

    static func objectAnchor(_ id: String) -> String {
        AnchorSlug.anchor("object", id)
    }

    static func exampleAnchor(_ id: String) -> String {
        AnchorSlug.anchor("example", id)
    }

    /// `rule-customer-name` for a rule of the operation; a rule of an object is placed once per
    /// path where the object sits: `rule-customer-name-at-customer`.
    static func ruleAnchor(_ id: String, at components: [String]) -> String {
        components.isEmpty ? AnchorSlug.anchor("rule", id) : AnchorSlug.anchor("rule", id, "at", components.joined(separator: "."))
    }

    static func contractAnchor(_ id: String) -> String {
        AnchorSlug.anchor("contract", id)
    }

    static func requirednessAnchor(_ operation: Operation) -> String {
        AnchorSlug.anchor("requiredness", operation.id)
    }

    /// `[부가세 및 비과세 금액 직접 설정](contracts.md#contract-vat-tax-free)`.
    static func contract(_ id: String, in schema: Schema) -> String {
        ContractLink(id: id, in: schema).rendered
    }

    /// `[`text`](target)` with the text as a code span; in a table cell its pipes are escaped.
    static func code(_ text: String, to target: String, inTable: Bool = true) -> String {
        CodeLink(text: text, target: LinkTarget(page: target, anchor: nil), inTable: inTable).rendered
    }
}

/// `[부가세 및 비과세 금액 직접 설정](contracts.md#contract-vat-tax-free)`: the contract's name,
/// or its id when the schema has no such contract.
struct ContractLink: TextPiece {
    let id: String
    let name: String

    init(id: String, in schema: Schema) {
        self.id = id
        name = schema.contract(id)?.name ?? id
    }

    func append(to bytes: inout [UInt8]) {
        bytes.write("[", MarkdownText.Inline(name), "](", Links.contractsPage, "#")
        AnchorSlug.append("contract", to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        AnchorSlug.append(id, to: &bytes)
        bytes.append(UInt8(ascii: ")"))
    }
}
