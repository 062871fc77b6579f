/// The string language of one `bypass.inicis_v2` option list (PC `acceptmethod`, mobile
/// `P_RESERVED`, `P_CARD_OPTION`, billing-key `carduse`): a set of tokens, each a sequence of
/// literals, typed values and repetitions.
public struct BypassGrammar: Sendable, Hashable, Identifiable {
    public var id: String
    /// The Swift type name: `declaredSwiftName`, or the one `SwiftNaming` derives from the id.
    public var swiftName: String
    /// The `swift-name` the schema gives, if any.
    public var declaredSwiftName: String?
    /// The platform whose payment module reads the option; nil when it is not platform-specific.
    public var platform: Platform?
    public var tokens: [GrammarToken]
    public var documentation: Documentation
    public var location: SourceLocation

    public init(id: String, swiftName: String? = nil, platform: Platform? = nil, tokens: [GrammarToken], documentation: Documentation = .init(), location: SourceLocation) {
        self.id = id
        self.swiftName = swiftName ?? SwiftNaming.typeName(id: id)
        declaredSwiftName = swiftName
        self.platform = platform
        self.tokens = tokens
        self.documentation = documentation
        self.location = location
    }
}

/// One option: `SKIN(#C1272C)`, `below1000=Y`, `slimquota(11-2:3^34-2:3)`.
public struct GrammarToken: Sendable, Hashable, Identifiable {
    public var id: String
    /// The Swift case name: `declaredSwiftName`, or the one `SwiftNaming` derives from the id.
    public var swiftName: String
    /// The `swift-name` the schema gives, if any.
    public var declaredSwiftName: String?
    /// Using the option needs this Inicis contract.
    public var contract: String?
    public var elements: [GrammarElement]
    /// Strings from the guide that this token must render and parse, each where it is written.
    public var writtenExamples: [GrammarExample]
    public var documentation: Documentation
    public var location: SourceLocation

    /// The texts of `writtenExamples`; examples set here are placed at the token's location.
    public var examples: [String] {
        get { writtenExamples.map(\.text) }
        set { writtenExamples = newValue.map { GrammarExample(text: $0, location: location) } }
    }

    /// `writtenExamples`, when given, is used instead of `examples`.
    public init(id: String, swiftName: String? = nil, contract: String? = nil, elements: [GrammarElement], examples: [String] = [], writtenExamples: [GrammarExample]? = nil, documentation: Documentation = .init(), location: SourceLocation) {
        self.id = id
        self.swiftName = swiftName ?? SwiftNaming.caseName(wireValue: id)
        declaredSwiftName = swiftName
        self.contract = contract
        self.elements = elements
        self.writtenExamples = writtenExamples ?? examples.map { GrammarExample(text: $0, location: location) }
        self.documentation = documentation
        self.location = location
    }
}

/// One `example` of a token: the text, exactly as written, and where it is.
public struct GrammarExample: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

public indirect enum GrammarElement: Sendable, Hashable {
    /// Text that appears as written: `SKIN(`, `=Y`.
    case literal(String)
    case value(GrammarValue)
    /// One or more occurrences of `elements`, joined by `separator`: the `^` in `11-2:3^34-2:3`.
    case repetition(name: String, separator: String, elements: [GrammarElement])
}

/// A typed hole in a token: a colour, a card code, a number of months.
public struct GrammarValue: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case hexColor
        /// Exactly `length` ASCII digits (card codes are two).
        case digits(length: Int)
        case integer(minimum: Int?, maximum: Int?)
        /// One of an enum's wire values.
        case enumeration(String)
    }

    public var name: String
    /// What readers call the value (`카드코드`), for pages and error messages; nil when the schema
    /// gives none (the name stands in).
    public var label: String?
    public var kind: Kind

    public init(name: String, label: String? = nil, kind: Kind) {
        self.name = name
        self.label = label
        self.kind = kind
    }
}

extension GrammarValue {
    /// The Swift type a digits or integer value becomes, shared by every value of that name:
    /// `cardCode` → `CardCode`, `card_code` → `CardCode`.
    public var typeName: String {
        SwiftNaming.typeName(id: name)
    }
}

extension GrammarToken {
    /// Every value of the token's syntax, repetitions included, in order.
    public var values: [GrammarValue] {
        Self.values(in: elements)
    }

    private static func values(in elements: [GrammarElement]) -> [GrammarValue] {
        elements.flatMap { element -> [GrammarValue] in
            switch element {
            case .literal: []
            case .value(let value): [value]
            case .repetition(_, _, let inner): values(in: inner)
            }
        }
    }
}
