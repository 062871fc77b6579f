import InicisSchema

/// Where pages and sections live, so every page links the same way.
enum Links {
    static let indexPage = "README.md"
    static let contractsPage = "contracts.md"
    static let bypassPage = "bypass.md"

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

    static func contractAnchor(_ id: String) -> String {
        Naming.anchor("contract", id)
    }

    /// `[부가세 및 비과세 금액 직접 설정](contracts.md#contract-vat-tax-free)`.
    static func contract(_ id: String, in schema: Schema) -> String {
        let name = schema.contract(id)?.name ?? id
        return "[\(MarkdownText.inline(name))](\(contractsPage)#\(contractAnchor(id)))"
    }
}
