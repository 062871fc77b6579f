import InicisSchema

/// Where the pages and their sections live, so that every page links the same way. All pages sit
/// in one folder: a link to another page is its file name.
enum PageLinks {
    static let index = "README.md"
    static let contracts = "contracts.md"
    static let bypass = "bypass.md"
    static let requiredness = "requiredness.md"
    static let differences = "differences.md"
    static let issueCodes = "issue-codes.md"

    /// The link back to the index that every page but the index starts with.
    static var backToIndex: String { MarkdownText.link("← 목록", to: index) }

    static func operationPage(_ operation: Operation) -> String {
        operation.id + ".md"
    }

    /// `payment-fields.md`: the fields of an operation too long for one page.
    static func fieldsPage(_ operation: Operation) -> String {
        operation.id + "-fields.md"
    }

    /// `payment-examples.md`: the examples of an operation too long for one page.
    static func examplesPage(_ operation: Operation) -> String {
        operation.id + "-examples.md"
    }

    static func enumAnchor(_ id: String) -> String { Naming.anchor("enum", id) }
    static func objectAnchor(_ id: String) -> String { Naming.anchor("object", id) }
    static func exampleAnchor(_ id: String) -> String { Naming.anchor("example", id) }
    static func contractAnchor(_ id: String) -> String { Naming.anchor("contract", id) }
    static func grammarAnchor(_ id: String) -> String { Naming.anchor("grammar", id) }
    static func tokenAnchor(_ grammarID: String, _ tokenID: String) -> String { Naming.anchor("bypass", grammarID, tokenID) }
    static func requirednessAnchor(_ operation: Operation) -> String { Naming.anchor("requiredness", operation.id) }
    static func differencesAnchor(_ operation: Operation) -> String { Naming.anchor("differences", operation.id) }
    static func issueCodeAnchor(_ code: String) -> String { Naming.anchor("code", code) }

    /// `rule-customer-name` for a rule of the operation; a rule of an object is placed once per
    /// path where the object sits: `rule-customer-name-at-customer`.
    static func ruleAnchor(_ id: String, at components: [String]) -> String {
        components.isEmpty ? Naming.anchor("rule", id) : Naming.anchor("rule", id, "at", components.joined(separator: "."))
    }

    /// `[부가세 및 비과세 금액 직접 설정](contracts.md#contract-vat-tax-free)`: the contract's name,
    /// or its id when the schema has no such contract.
    static func contract(_ id: String, in schema: Schema) -> String {
        MarkdownText.link(schema.contract(id)?.name ?? id, to: contracts + "#" + contractAnchor(id))
    }

    /// `[`ocb`](bypass.md#bypass-acceptmethod-ocb)`: a bypass option on the bypass page.
    static func token(_ grammarID: String, _ tokenID: String) -> String {
        MarkdownText.codeLink(tokenID, to: bypass + "#" + tokenAnchor(grammarID, tokenID))
    }
}
