import InicisSchema

/// `BypassGrammarCatalog`: the grammars by schema id, for code that knows a field's grammar only
/// as data (the validators). It calls the typed parsers, so there is one reading of each option.
struct BypassCatalogRenderer {
    let schema: Schema

    func file() -> GeneratedFile {
        GeneratedFile.bypass("BypassGrammarCatalog") { writer in
            writer.line("/// 스키마의 옵션 문법을 아이디로 찾아 옵션 문자열을 검사합니다. 타입이 있는 파서를 그대로 부르므로")
            writer.line("/// 빌더와 검증기가 옵션을 똑같이 읽습니다.")
            writer.block("public enum BypassGrammarCatalog") { writer in
                writer.line("/// 스키마 순서대로의 문법 아이디")
                writer.line("public static let grammarIDs: [String] = [" + schema.grammars.map { SwiftStringLiteral.render($0.id) }.joined(separator: ", ") + "]")
                writer.line()
                renderCheck(into: &writer)
                writer.line()
                renderTypedCheck(into: &writer)
            }
        }
    }

    private func renderCheck(into writer: inout CodeWriter) {
        writer.lines([
            "/// 이 문법 아이디(" + schema.grammars.map { CodeSpan.render($0.id) }.joined(separator: ", ") + ")의 옵션 문자열 하나를 읽습니다.",
            "///",
            "/// - Returns: 옵션에 필요한 별도 계약의 아이디(필요 없으면 nil), 또는 읽기에 실패한 위치와 이유.",
            "///   모르는 문법 아이디는 위치 0의 오류입니다.",
        ])
        writer.block("public static func check(grammarID: String, option: String) -> Result<String?, BypassSyntaxError>") { writer in
            writer.switchBlock("grammarID") { writer in
                for grammar in schema.grammars {
                    writer.line("case \(SwiftStringLiteral.render(grammar.id)): check(\(grammar.swiftName).self, option)")
                }
                writer.line("default: .failure(BypassSyntaxError(offset: 0, message: \"알 수 없는 옵션 문법: '\\(grammarID)'\"))")
            }
        }
    }

    private func renderTypedCheck(into writer: inout CodeWriter) {
        writer.block("private static func check<Option: BypassOption>(_ type: Option.Type, _ option: String) -> Result<String?, BypassSyntaxError>") { writer in
            writer.doCatch({ $0.line("return .success(try Option(parsing: option).contract)") }, catch: { $0.line("return .failure(error)") })
        }
    }
}
