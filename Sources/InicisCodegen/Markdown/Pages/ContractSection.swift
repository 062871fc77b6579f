import InicisSchema

/// What in one operation's request needs a KG Inicis contract: a field that names it, a
/// `needs-contract` rule (under its conditions), or a bypass option of a field's grammar.
struct ContractUse {
    let contract: String
    /// The field, linked to its row.
    let target: String
    /// 필드, 규칙 `id` or bypass 옵션 `ocb`.
    let kind: String
    /// When the contract is needed.
    let condition: String
}

extension OperationContext {
    func contractUses(from origin: PageSection?) -> [ContractUse] {
        var uses: [ContractUse] = []
        for row in fields.rows {
            if let contract = row.field.contract {
                uses.append(ContractUse(contract: contract, target: fieldLink(row.path, from: origin), kind: "필드", condition: "값을 보내면"))
            }
        }
        for placed in rules.placed {
            guard case .needsContract(let path, let contract) = placed.rule.kind else { continue }
            let sentence = RuleSentence(context: self, placed: placed)
            uses.append(ContractUse(contract: contract, target: fieldLink(placed.absolute(path), from: origin),
                                    kind: "규칙 " + ruleLink(placed, from: origin), condition: sentence.conditions ?? "값을 보내면"))
        }
        for row in fields.rows {
            guard let grammar = row.field.grammar.flatMap(schema.grammar) else { continue }
            for token in grammar.tokens {
                guard let contract = token.contract else { continue }
                let examples = token.examples.map { MarkdownText.code($0) }.joined(separator: ", ")
                uses.append(ContractUse(contract: contract, target: fieldLink(row.path, from: origin),
                                        kind: "bypass 옵션 " + PageLinks.token(grammar.id, token.id),
                                        condition: "옵션을 넣으면" + (examples.isEmpty ? "" : " (예: " + examples + ")")))
            }
        }
        return uses
    }
}

/// `## 별도 계약`: the features of this request that work only after a contract with KG Inicis.
struct ContractSection {
    let context: OperationContext

    func print(into printer: inout MarkdownPrinter) {
        let uses = context.contractUses(from: .contracts)
        guard !uses.isEmpty else { return }
        printer.heading(2, PageSection.contracts.title, anchor: context.anchors.section(.contracts))
        printer.block("아래 기능은 KG이니시스와 별도 계약을 맺은 뒤에만 동작합니다. 계약 없이 보내면 검증기가 경고합니다. 계약했다면 검증할 때 그 계약을 알려 주세요.")
        printer.table(["계약", "대상", "종류", "필요한 때"], uses.map { use in
            [PageLinks.contract(use.contract, in: context.schema), use.target, use.kind, use.condition]
        })
    }
}
