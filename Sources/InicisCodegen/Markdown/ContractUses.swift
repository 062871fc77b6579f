import InicisSchema

/// What in one operation's request needs a contract: a field that names it, a `needs-contract`
/// rule (under its conditions), or a bypass option token of a field's grammar.
struct ContractUse {
    let contract: String
    /// The field, linked to its row.
    let target: String
    /// 필드, 규칙 `id` or bypass 옵션 `ocb`.
    let kind: String
    /// When the contract is needed.
    let condition: String

    /// The target, kind and condition cells of a table row.
    func addCells(to row: inout MarkdownRow) {
        row.add(target)
        row.add(kind)
        row.add(condition)
    }
}

extension OperationContext {
    func contractUses(onPage: Bool) -> [ContractUse] {
        fieldContractUses(onPage: onPage) + ruleContractUses(onPage: onPage) + tokenContractUses(onPage: onPage)
    }

    private func fieldContractUses(onPage: Bool) -> [ContractUse] {
        // By index: iterating the rows would copy each `FieldRow`.
        fields.rows.indices.compactMap { index in
            fields.rows[index].field.contract.map { contract in
                ContractUse(contract: contract, target: fieldLink(fields.rows[index].path, onPage: onPage).rendered, kind: "필드", condition: "값을 지정하면")
            }
        }
    }

    private func ruleContractUses(onPage: Bool) -> [ContractUse] {
        rules.placed.compactMap { placed in
            guard case .needsContract(let path, let contract) = placed.rule.kind else { return nil }
            return ContractUse(
                contract: contract,
                target: fieldLink(placed.absolute(path), onPage: onPage).rendered,
                kind: "규칙 " + ruleLink(placed, onPage: onPage).rendered,
                condition: ruleText(placed).conditions?.rendered ?? "값을 지정하면"
            )
        }
    }

    /// One use per token with a contract, for each field whose values follow the token's grammar.
    private func tokenContractUses(onPage: Bool) -> [ContractUse] {
        fields.rows.indices.flatMap { index -> [ContractUse] in
            guard let grammar = fields.rows[index].field.grammar.flatMap(schema.grammar) else { return [] }
            return grammar.tokens.compactMap { token in
                token.contract.map { contract in
                    let examples = token.examples.map { MarkdownText.code($0) }.joined(separator: ", ")
                    return ContractUse(
                        contract: contract,
                        target: fieldLink(fields.rows[index].path, onPage: onPage).rendered,
                        kind: "bypass 옵션 " + Links.token(grammar.id, token.id),
                        condition: "옵션을 넣으면" + (examples.isEmpty ? "" : " (예: " + examples + ")")
                    )
                }
            }
        }
    }
}
