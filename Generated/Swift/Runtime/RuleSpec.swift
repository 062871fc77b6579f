// Copied from Sources/InicisRuntime/RuleSpec.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis {
    /// A rule path from the object that holds the rule: wire names, resolved through nested objects
    /// (and through every element of an array on the way).
    struct RulePath: Sendable {
        var keys: [String]
        /// The holder's field the path starts with; -1 when the path does not resolve, so that it is
        /// never present.
        var firstField: Int
        /// The enum of the field the path ends at: its values are compared canonically.
        var enumeration: Int?
    }
}

extension Inicis {
    struct ConditionSpec: Sendable {
        enum Test: Sendable {
            case present
            case absent
            case equals(String)
            case notEquals(String)
            case oneOf([String])
            case noneOf([String])
        }

        var path: Inicis.RulePath
        var test: Test
    }
}

extension Inicis {
    /// The string formats of `format` rules.
    enum TextFormat: Sendable {
        case asciiPrintable
        case digits
        case hexColor
        case dateTime
        case twoDigitMonth
        case twoDigitYear
        /// Unicode scalars within one of the ranges.
        case characters([ClosedRange<UInt32>])
    }
}

extension Inicis {
    /// How a `future` rule reads its value as a time.
    enum TemporalFormat: Sendable {
        case dateTime
        case twoDigitYear
    }
}

extension Inicis {
    /// A class, so that walking an object's rules retains one reference per rule, not every array
    /// a rule holds.
    final class RuleSpec: Sendable {
        enum Kind: Sendable {
            case requiredGroup([[Inicis.RulePath]])
            case exactlyOne([Inicis.RulePath])
            case require(Inicis.RulePath)
            case forbid(Inicis.RulePath)
            case allowedValues(Inicis.RulePath, [String])
            case format(Inicis.RulePath, Inicis.TextFormat)
            case range(Inicis.RulePath, minimum: Int?, maximum: Int?)
            case order(earlier: Inicis.RulePath, later: Inicis.RulePath)
            case future(Inicis.RulePath, Inicis.TemporalFormat)
            case needsContract(Inicis.RulePath, Inicis.Contract)
        }

        /// The issue code.
        let id: String
        let kind: Kind
        /// Empty: every platform.
        let platforms: [Inicis.Platform]
        let conditions: [Inicis.ConditionSpec]
        /// The schema's message, or the guide's sentence.
        let message: String
        /// For rules that only look at a value that is there (every kind but require, required-group
        /// and exactly-one): the holder's field that value starts at. When that field is absent the
        /// rule cannot fire.
        let gate: Int?

        init(id: String, kind: Kind, platforms: [Inicis.Platform], conditions: [Inicis.ConditionSpec], message: String) {
            self.id = id
            self.kind = kind
            self.platforms = platforms
            self.conditions = conditions
            self.message = message
            switch kind {
            case .requiredGroup, .exactlyOne, .require:
                gate = nil
            case .forbid(let path), .allowedValues(let path, _), .format(let path, _), .range(let path, _, _),
                 .future(let path, _), .needsContract(let path, _), .order(earlier: _, later: let path):
                gate = path.firstField
            }
        }

        func applies(on platform: Inicis.Platform) -> Bool {
            platforms.isEmpty || platforms.contains(platform)
        }

        /// Contracts are advice; everything else is what PortOne or Inicis would reject.
        var severity: Inicis.ValidationIssue.Severity {
            if case .needsContract = kind { return .warning }
            return .error
        }
    }
}
