extension BypassRuntime {
    /// Tries the tokens of a grammar in order and picks the error to report.
    static let bypassOptionParser = BypassRuntime.File(name: "BypassOptionParser", text: #"""
        /// Reads one option string by trying each token of a grammar in schema order: the one interpreter
        /// behind every generated `init(parsing:)`.
        ///
        /// A token whose leading literal matches (`SKIN(`) is what the text means to be, so its error is
        /// reported where it stopped; the error that got furthest wins. When no token starts the text,
        /// the whole text is an unknown option, with the nearest token suggested.
        struct BypassOptionParser<Option> {
            private let characters: [Character]
            private var option: Option?
            private var furthest: BypassSyntaxError?
            /// How each token is written, for the suggestion: (leading text, what to show).
            private var known: [(start: String, shown: String)] = []

            init(_ text: String) {
                characters = Array(text)
            }

            /// A token that is one fixed text: the whole option must be exactly it.
            mutating func keyword(_ text: String, _ option: @autoclosure () -> Option) {
                known.append((text, text))
                if self.option == nil, characters.elementsEqual(text) {
                    self.option = option()
                }
            }

            /// A token with values: it applies when the text starts with `prefix`; `body` reads the rest.
            mutating func attempt(
                _ prefix: String,
                shownAs shown: String,
                _ body: (inout BypassScanner) throws(BypassSyntaxError) -> Option
            ) {
                known.append((prefix, shown))
                guard option == nil else { return }
                var scanner = BypassScanner(characters)
                guard scanner.skip(prefix) else { return }
                do {
                    let parsed = try body(&scanner)
                    try scanner.expectEnd()
                    option = parsed
                } catch {
                    if error.offset > (furthest?.offset ?? -1) { furthest = error }
                }
            }

            func result() throws(BypassSyntaxError) -> Option {
                if let option { return option }
                if let furthest { throw furthest }
                guard !characters.isEmpty else {
                    throw BypassSyntaxError(offset: 0, message: "옵션이 비어 있습니다")
                }
                var message = "알 수 없는 옵션: '\(String(characters.prefix(Self.shownLength)))\(characters.count > Self.shownLength ? "…" : "")'"
                if let nearest = nearestKnown() {
                    message += " ('\(nearest)'을(를) 쓰려고 했나요?)"
                }
                throw BypassSyntaxError(offset: 0, message: message)
            }

            /// Unknown text is quoted up to this many characters, so a message stays one readable line.
            private static var shownLength: Int { 30 }

            /// The token whose start is closest to the text's start (ignoring case), if it is close
            /// enough to be a likely typo: at most a third of its length in edits, and at least one.
            private func nearestKnown() -> String? {
                let text = Array(String(characters).lowercased())
                var best: (distance: Int, shown: String)?
                for entry in known where !entry.start.isEmpty {
                    let start = Array(entry.start.lowercased())
                    let head = Array(text.prefix(start.count))
                    let distance = min(Self.editDistance(text, start), Self.editDistance(head, start))
                    guard distance <= max(1, start.count / 3) else { continue }
                    if distance < (best?.distance ?? .max) { best = (distance, entry.shown) }
                }
                return best?.shown
            }

            /// Levenshtein distance between two character arrays.
            private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
                var previous = Array(0...b.count)
                for (i, x) in a.enumerated() {
                    var current = [i + 1]
                    for (j, y) in b.enumerated() {
                        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
                    }
                    previous = current
                }
                return previous[b.count]
            }
        }
        """#)
}
