/// Reads a token's example string into its parts: the checker uses it to reject examples that do
/// not follow their token's syntax, and the bypass page to show the builder call that produces
/// each example.
///
/// It applies the generated scanner's rules (greedy repetitions, the longest enum value, integers
/// without leading zeros and within bounds) but reports only success or failure. The generated
/// parser is what users run; the generated library's tests run every example through it too.
public struct GrammarExampleReader {
    /// What one hole held in the example.
    public indirect enum Part: Equatable, Sendable {
        /// The value's text as written (`#C1272C`, `11`, `2`).
        case value(GrammarValue, String)
        /// Each item's parts, one level of holes per item.
        case repetition([[Part]])
    }

    private let schema: Schema
    private var characters: [Character] = []
    private var offset = 0

    public init(schema: Schema) {
        self.schema = schema
    }

    /// The parts of each hole of `elements`, or nil when `text` does not follow them exactly.
    public mutating func read(_ text: String, as elements: [GrammarElement]) -> [Part]? {
        characters = Array(text)
        offset = 0
        guard let parts = readLevel(elements), offset == characters.count else { return nil }
        return parts
    }

    private mutating func readLevel(_ elements: [GrammarElement]) -> [Part]? {
        var parts: [Part] = []
        for element in elements {
            switch element {
            case .literal(let text):
                guard skip(text) else { return nil }
            case .value(let value):
                guard let text = readValue(value) else { return nil }
                parts.append(.value(value, text))
            case .repetition(_, let separator, let inner):
                guard let first = readLevel(inner) else { return nil }
                var items = [first]
                while skip(separator) {
                    guard let item = readLevel(inner) else { return nil }
                    items.append(item)
                }
                parts.append(.repetition(items))
            }
        }
        return parts
    }

    private mutating func skip(_ literal: String) -> Bool {
        let literal = Array(literal)
        guard characters[offset...].starts(with: literal) else { return false }
        offset += literal.count
        return true
    }

    private mutating func readValue(_ value: GrammarValue) -> String? {
        let start = offset
        switch value.kind {
        case .hexColor:
            guard skip("#"), run(where: { $0.isASCII && $0.isHexDigit }) == 6 else { return nil }
        case .digits(let length):
            guard run(where: Self.isASCIIDigit) == length else { return nil }
        case .integer(let minimum, let maximum):
            let count = run(where: Self.isASCIIDigit)
            guard count > 0, count == 1 || characters[start] != "0",
                  let number = Int(String(characters[start..<offset])),
                  number >= (minimum ?? .min), number <= (maximum ?? .max)
            else { return nil }
        case .enumeration(let id):
            let wires = schema.enumType(id)?.values.map(\.wire) ?? []
            guard let longest = wires.filter({ characters[offset...].starts(with: Array($0)) }).max(by: { $0.count < $1.count }) else { return nil }
            offset += longest.count
        }
        return String(characters[start..<offset])
    }

    /// Consumes the run of characters that satisfy `predicate`; returns its length.
    private mutating func run(where predicate: (Character) -> Bool) -> Int {
        let start = offset
        while offset < characters.count, predicate(characters[offset]) { offset += 1 }
        return offset - start
    }

    private static func isASCIIDigit(_ character: Character) -> Bool {
        character.isASCII && character.isWholeNumber
    }
}
