// Copied from Sources/InicisRuntime/SchemaTables+Grammar.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis.SchemaTables {
    /// The syntax of one kind of `bypass.inicis_v2` option string (`acceptmethod`, `P_RESERVED`, …):
    /// each token is a sequence of literals, values and repeated groups.
    public struct Grammar: Codable, Sendable {
        public var id: String
        /// The platform whose parameters use it; absent when any.
        public var platform: Inicis.Platform?
        public var tokens: [Token]

        public init(id: String, platform: Inicis.Platform?, tokens: [Token]) {
            self.id = id
            self.platform = platform
            self.tokens = tokens
        }
    }

    public struct Token: Codable, Sendable {
        public var id: String
        /// The id of the contract this option needs.
        public var contract: String?
        public var syntax: [SyntaxPiece]
        /// How the token is shown in messages: `SKIN(#RRGGBB)`, `slimquota(<카드코드>-<개월>:…^…)`.
        public var shownAs: String

        public init(id: String, contract: String?, syntax: [SyntaxPiece], shownAs: String) {
            self.id = id
            self.contract = contract
            self.syntax = syntax
            self.shownAs = shownAs
        }
    }

    /// Exactly one of the three is set.
    public struct SyntaxPiece: Codable, Sendable {
        public var literal: String?
        public var value: GrammarValue?
        public var `repeat`: Repeat?

        public static func literal(_ text: String) -> SyntaxPiece {
            SyntaxPiece(literal: text, value: nil, repeat: nil)
        }

        public static func value(_ value: GrammarValue) -> SyntaxPiece {
            SyntaxPiece(literal: nil, value: value, repeat: nil)
        }

        public static func `repeat`(_ group: Repeat) -> SyntaxPiece {
            SyntaxPiece(literal: nil, value: nil, repeat: group)
        }
    }

    /// A group of pieces that occurs one or more times, `separator` between occurrences.
    public struct Repeat: Codable, Sendable {
        public var name: String
        public var separator: String
        public var syntax: [SyntaxPiece]

        public init(name: String, separator: String, syntax: [SyntaxPiece]) {
            self.name = name
            self.separator = separator
            self.syntax = syntax
        }
    }

    public struct GrammarValue: Codable, Sendable {
        public enum Kind: String, Codable, Hashable, Sendable {
            /// `#RRGGBB`.
            case hexColor = "hex-color"
            /// Exactly `length` ASCII digits.
            case digits
            /// A decimal integer within `minimum`...`maximum`.
            case integer
            /// A wire value of the enum `enumeration`.
            case enumeration = "enum"
        }

        public var name: String
        /// What the value is called in messages (`카드코드`).
        public var label: String
        public var kind: Kind
        public var length: Int?
        public var minimum: Int?
        public var maximum: Int?
        public var enumeration: String?

        public init(name: String, label: String, kind: Kind, length: Int? = nil, minimum: Int? = nil, maximum: Int? = nil, enumeration: String? = nil) {
            self.name = name
            self.label = label
            self.kind = kind
            self.length = length
            self.minimum = minimum
            self.maximum = maximum
            self.enumeration = enumeration
        }
    }
}
