// Copied from Sources/InicisRuntime/BypassGrammarReader.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis {
    /// Reads one option string by trying each token of a grammar in schema order: the one interpreter
    /// behind validation and every typed option's `init(parsing:)`.
    ///
    /// A token whose leading literal matches (`SKIN(`) is what the text means to be, so its error is
    /// reported where it stopped; the error that got furthest wins. When no token starts the text,
    /// the whole text is an unknown option, with the nearest token suggested.
    @_spi(InicisCodegen)
    public struct BypassGrammarReader: Sendable {
        typealias SyntaxError = Inicis.Bypass.SyntaxError

        let grammar: Inicis.SchemaTables.Grammar
        let catalog: Inicis.RequestCatalog

        public init(grammar: Inicis.SchemaTables.Grammar, catalog: Inicis.RequestCatalog) {
            self.grammar = grammar
            self.catalog = catalog
        }

        public func read(_ text: String) throws(Inicis.Bypass.SyntaxError) -> Inicis.BypassMatch {
            var furthest: SyntaxError?
            for token in grammar.tokens {
                var scanner = Inicis.BypassScanner(text)
                guard startsWith(token, &scanner) else { continue }
                do {
                    let captures = try read(token.syntax.dropFirst(leadingLiteralCount(token)), &scanner)
                    try scanner.expectEnd()
                    return Inicis.BypassMatch(token: token.id, contract: token.contract, captures: captures)
                } catch {
                    if error.offset > (furthest?.offset ?? -1) { furthest = error }
                }
            }
            if let furthest { throw furthest }
            throw unknownOption(text)
        }

        /// A token of literals only must be the whole text; any other applies when the text starts
        /// with its leading literal.
        private func startsWith(_ token: Inicis.SchemaTables.Token, _ scanner: inout Inicis.BypassScanner) -> Bool {
            let literals = token.syntax.prefix { $0.literal != nil }.compactMap(\.literal).joined()
            if literals.isEmpty { return true }
            if leadingLiteralCount(token) == token.syntax.count, scanner.text != literals { return false }
            return scanner.skip(literals)
        }

        private func leadingLiteralCount(_ token: Inicis.SchemaTables.Token) -> Int {
            token.syntax.prefix { $0.literal != nil }.count
        }

        private func read(_ pieces: ArraySlice<Inicis.SchemaTables.SyntaxPiece>, _ scanner: inout Inicis.BypassScanner) throws(SyntaxError) -> [Inicis.BypassMatch.Capture] {
            var captures: [Inicis.BypassMatch.Capture] = []
            for piece in pieces {
                if let literal = piece.literal {
                    try scanner.expect(literal)
                } else if let value = piece.value {
                    captures.append(.value(try read(value, &scanner)))
                } else if let group = piece.repeat {
                    var occurrences = [try read(group.syntax[...], &scanner)]
                    while scanner.skip(group.separator) {
                        occurrences.append(try read(group.syntax[...], &scanner))
                    }
                    scanner.noteAlternative(group.separator)
                    captures.append(.repetition(occurrences))
                }
            }
            return captures
        }

        private func read(_ value: Inicis.SchemaTables.GrammarValue, _ scanner: inout Inicis.BypassScanner) throws(SyntaxError) -> String {
            switch value.kind {
            case .hexColor:
                return try scanner.hexColor()
            case .digits:
                return try scanner.digits(count: value.length ?? 1, label: value.label)
            case .integer:
                return String(try scanner.integer(minimum: value.minimum, maximum: value.maximum, label: value.label))
            case .enumeration:
                let values = value.enumeration.flatMap { catalog.enumValues($0) } ?? []
                return try scanner.oneOf(values, label: value.label)
            }
        }

        // MARK: Unknown options

        private func unknownOption(_ text: String) -> SyntaxError {
            guard !text.isEmpty else { return SyntaxError(offset: 0, message: "옵션이 비어 있습니다") }
            let shownLength = 30
            let shown = text.count > shownLength ? text.prefix(shownLength) + "…" : text[...]
            var message = "알 수 없는 옵션: '\(shown)'"
            if let nearest = nearestToken(to: text) {
                message += ", 비슷한 옵션: '\(nearest)'"
            }
            return SyntaxError(offset: 0, message: message)
        }

        /// The token whose start is closest to the text's start (ignoring case), if it is close
        /// enough to be a likely typo: at most a third of its length in edits, and at least one.
        private func nearestToken(to text: String) -> String? {
            let scalars = Array(text.unicodeScalars)
            var best: (distance: Int, shown: String)?
            for token in grammar.tokens {
                let start = Array(token.syntax.prefix { $0.literal != nil }.compactMap(\.literal).joined().unicodeScalars)
                guard !start.isEmpty else { continue }
                let head = Array(scalars.prefix(start.count))
                let distance = min(
                    Inicis.NearestName.distance(scalars, start, caseInsensitive: true),
                    Inicis.NearestName.distance(head, start, caseInsensitive: true)
                )
                guard distance <= max(1, start.count / 3), distance < (best?.distance ?? .max) else { continue }
                best = (distance, token.shownAs)
            }
            return best?.shown
        }
    }
}
