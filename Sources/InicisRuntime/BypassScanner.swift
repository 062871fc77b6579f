extension Inicis {
    /// A cursor over one option string: what each kind of value accepts, and the error it reports,
    /// is written once here.
    ///
    /// Offsets count `Character`s, the unit `Inicis.Bypass.SyntaxError.offset` promises.
    @_spi(InicisCodegen) public struct BypassScanner {
        public typealias SyntaxError = Inicis.Bypass.SyntaxError

        private let characters: [Character]
        private(set) var offset = 0
        /// Separators a repetition looked for at `alternativesOffset` and did not find: they are what
        /// else could have come there, so an error at that offset names them too.
        private var alternatives: [String] = []
        private var alternativesOffset = -1

        @_spi(InicisCodegen) public init(_ text: String) {
            characters = Array(text)
        }

        var isAtEnd: Bool { offset == characters.count }

        var text: String { String(characters) }

        func error(_ message: String, at position: Int? = nil) -> SyntaxError {
            SyntaxError(offset: position ?? offset, message: message)
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

        mutating func expect(_ literal: String) throws(SyntaxError) {
            guard !skip(literal) else { return }
            throw error("여기에는 " + Self.quotedList(pendingAlternatives + [literal]) + "만 올 수 있습니다")
        }

        @_spi(InicisCodegen) public mutating func expectEnd() throws(SyntaxError) {
            guard !isAtEnd else { return }
            let others = pendingAlternatives
            throw error(others.isEmpty ? "옵션이 여기서 끝나야 합니다" : "옵션이 끝나거나 " + Self.quotedList(others) + "만 올 수 있습니다")
        }

        // MARK: Repetitions

        /// Notes that a repetition could have gone on with `separator` here.
        mutating func noteAlternative(_ separator: String) {
            if alternativesOffset != offset {
                alternatives = []
                alternativesOffset = offset
            }
            if !alternatives.contains(separator) { alternatives.append(separator) }
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
        mutating func hexColor() throws(SyntaxError) -> String {
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
        @_spi(InicisCodegen) public mutating func digits(count: Int, label: String) throws(SyntaxError) -> String {
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
        mutating func integer(minimum: Int?, maximum: Int?, label: String) throws(SyntaxError) -> Int {
            let found = runLength(of: Self.isASCIIDigit)
            guard found > 0 else {
                throw error("\(label): \(Self.rangeText(minimum: minimum, maximum: maximum))숫자가 필요합니다")
            }
            if found > 1, characters[offset] == "0" {
                throw error("\(label): 0으로 시작하는 숫자는 쓸 수 없습니다")
            }
            let value = Int(String(characters[offset..<offset + found]))
            if let problem = Self.rangeProblem(value, minimum: minimum, maximum: maximum, label: label) {
                throw error(problem)
            }
            offset += found
            return value!
        }

        /// Why `value` (nil: too large for `Int`) is out of bounds; nil when it is within them.
        @_spi(InicisCodegen) public static func rangeProblem(_ value: Int?, minimum: Int?, maximum: Int?, label: String) -> String? {
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
        mutating func oneOf(_ choices: [String], label: String) throws(SyntaxError) -> String {
            guard let match = choices.filter(hasPrefix).max(by: { $0.count < $1.count }) else {
                throw error("\(label): " + choices.map { "'\($0)'" }.joined(separator: ", ") + " 중 하나가 필요합니다")
            }
            offset += match.count
            return match
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
}
