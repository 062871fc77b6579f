extension BypassRuntime {
    /// The cursor every generated parser uses: what each value kind accepts, and its errors.
    static let bypassScanner = BypassRuntime.File(name: "BypassScanner", text: #"""
        /// A cursor over one option string, shared by every generated parser: what each kind of value
        /// accepts, and the error it reports, is written once here.
        ///
        /// Offsets count `Character`s, the unit `BypassSyntaxError.offset` promises.
        struct BypassScanner {
            private let characters: [Character]
            private(set) var offset: Int
            /// Separators a repetition looked for at `alternativesOffset` and did not find: they are what
            /// else could have come there, so an error at that offset names them too.
            private var alternatives: [String] = []
            private var alternativesOffset = -1

            init(_ characters: [Character], offset: Int = 0) {
                self.characters = characters
                self.offset = offset
            }

            init(_ text: String) {
                self.init(Array(text))
            }

            /// Reads all of `text` with `scan`: what a value type's throwing initializer does.
            static func whole<Value>(
                _ text: String,
                _ scan: (inout BypassScanner) throws(BypassSyntaxError) -> Value
            ) throws(BypassSyntaxError) -> Value {
                var scanner = BypassScanner(text)
                let value = try scan(&scanner)
                try scanner.expectEnd()
                return value
            }

            var isAtEnd: Bool { offset == characters.count }

            func error(_ message: String, at position: Int? = nil) -> BypassSyntaxError {
                BypassSyntaxError(offset: position ?? offset, message: message)
            }

            // MARK: Literals

            func hasPrefix(_ literal: String) -> Bool {
                var position = offset
                for character in literal {
                    guard position < characters.count, characters[position] == character else { return false }
                    position += 1
                }
                return true
            }

            /// Consumes `literal` when it comes next.
            mutating func skip(_ literal: String) -> Bool {
                guard hasPrefix(literal) else { return false }
                offset += literal.count
                return true
            }

            mutating func expect(_ literal: String) throws(BypassSyntaxError) {
                guard !skip(literal) else { return }
                throw error(Self.quotedList(pendingAlternatives + [literal]) + "이(가) 와야 합니다")
            }

            mutating func expectEnd() throws(BypassSyntaxError) {
                guard !isAtEnd else { return }
                let others = pendingAlternatives
                throw error(others.isEmpty ? "옵션이 여기서 끝나야 합니다" : "옵션이 끝나거나 " + Self.quotedList(others) + "이(가) 와야 합니다")
            }

            // MARK: Repetitions

            /// One or more values joined by `separator`.
            mutating func repeated<Element: BypassValue>(separator: String) throws(BypassSyntaxError) -> OneOrMore<Element> {
                var elements = [try Element.scan(&self)]
                while skip(separator) {
                    elements.append(try Element.scan(&self))
                }
                noteAlternative(separator)
                return OneOrMore(elements)!
            }

            private mutating func noteAlternative(_ literal: String) {
                if alternativesOffset != offset {
                    alternatives = []
                    alternativesOffset = offset
                }
                if !alternatives.contains(literal) { alternatives.append(literal) }
            }

            private var pendingAlternatives: [String] {
                alternativesOffset == offset ? alternatives : []
            }

            /// `'a'`, `'a' 또는 'b'`, `'a', 'b' 또는 'c'`.
            static func quotedList(_ items: [String]) -> String {
                let quoted = items.map { "'\($0)'" }
                guard let last = quoted.last else { return "" }
                return quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " 또는 " + last
            }

            // MARK: Values

            /// `#` and six hexadecimal digits, as written.
            mutating func hexColor() throws(BypassSyntaxError) -> String {
                let start = offset
                guard skip("#") else { throw error("#RRGGBB 형식의 색상이 필요합니다") }
                let count = runLength { $0.isASCII && $0.isHexDigit }
                if count < 6 {
                    throw error("#RRGGBB 형식의 색상이 필요합니다: 16진수 6자리 중 \(count)자리만 있습니다", at: offset + count)
                }
                if count > 6 {
                    throw error("#RRGGBB 형식의 색상이 필요합니다: 16진수는 6자리입니다", at: offset + 6)
                }
                offset += 6
                return String(characters[start..<offset])
            }

            /// Exactly `count` ASCII digits.
            mutating func digits(count: Int, label: String) throws(BypassSyntaxError) -> String {
                let found = runLength(of: Self.isASCIIDigit)
                if found < count {
                    throw error("\(label): 숫자 \(count)자리가 필요합니다", at: offset + found)
                }
                if found > count {
                    throw error("\(label): 숫자는 \(count)자리입니다", at: offset + count)
                }
                defer { offset += count }
                return String(characters[offset..<offset + count])
            }

            /// A decimal number without sign or leading zeros (so that it renders as it was written),
            /// within the bounds.
            mutating func integer(minimum: Int?, maximum: Int?, label: String) throws(BypassSyntaxError) -> Int {
                let found = runLength(of: Self.isASCIIDigit)
                guard found > 0 else {
                    throw error("\(label): \(Self.rangeText(minimum: minimum, maximum: maximum))숫자가 필요합니다")
                }
                if found > 1, characters[offset] == "0" {
                    throw error("\(label): 0으로 시작하는 숫자는 쓸 수 없습니다")
                }
                let text = String(characters[offset..<offset + found])
                if let problem = Self.rangeProblem(Int(text), minimum: minimum, maximum: maximum, label: label) {
                    throw error(problem)
                }
                offset += found
                return Int(text)!
            }

            /// Why `value` (nil: too large for `Int`) is out of bounds; nil when it is within them.
            static func rangeProblem(_ value: Int?, minimum: Int?, maximum: Int?, label: String) -> String? {
                if let value, value >= (minimum ?? .min), value <= (maximum ?? .max) { return nil }
                let shown = value.map(String.init) ?? "너무 큰 수"
                return "\(label): \(rangeText(minimum: minimum, maximum: maximum))숫자여야 합니다 (입력: \(shown))"
            }

            private static func rangeText(minimum: Int?, maximum: Int?) -> String {
                switch (minimum, maximum) {
                case let (minimum?, maximum?): "\(minimum)~\(maximum) 사이의 "
                case let (minimum?, nil): "\(minimum) 이상의 "
                case let (nil, maximum?): "\(maximum) 이하의 "
                case (nil, nil): ""
                }
            }

            /// The longest of `choices` that comes next.
            mutating func oneOf<Value>(_ choices: [(text: String, value: Value)], label: String) throws(BypassSyntaxError) -> Value {
                let match = choices.filter { hasPrefix($0.text) }.max { $0.text.count < $1.text.count }
                guard let match else {
                    throw error("\(label): " + choices.map { "'\($0.text)'" }.joined(separator: ", ") + " 중 하나가 필요합니다")
                }
                offset += match.text.count
                return match.value
            }

            private func runLength(of predicate: (Character) -> Bool) -> Int {
                var end = offset
                while end < characters.count, predicate(characters[end]) { end += 1 }
                return end - offset
            }

            private static func isASCIIDigit(_ character: Character) -> Bool {
                character.isASCII && character.isWholeNumber
            }
        }
        """#)
}
