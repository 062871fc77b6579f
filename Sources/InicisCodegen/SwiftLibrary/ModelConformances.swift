/// What every generated model, struct or one-of enum, declares the same way: `Codable` through the
/// runtime, and the redacted `description`, `debugDescription` and `dump`.
enum ModelConformances {
    /// `init(from:)` builds the model from what `decoding` (an expression of the decoder) returns.
    static func printCodable(of typeName: String, decoding: String, into printer: inout CodePrinter) {
        printer.block("extension Inicis.\(typeName): Codable") { printer in
            printer.block("public init(from decoder: any Decoder) throws") { printer in
                printer.line(decoding)
            }
            printer.blankLine()
            printer.block("public func encode(to encoder: any Encoder) throws") { printer in
                printer.line("try self.encodeModel(to: encoder)")
            }
        }
    }

    /// `equalityByWireForm`: `==` and `hash` compare what goes on the wire, where the synthesized
    /// ones would compare something else (a one-of's case rather than its JSON).
    static func printDescriptions(of typeName: String, equalityByWireForm: Bool, into printer: inout CodePrinter) {
        let conformances = "CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable"
        printer.block("extension Inicis.\(typeName): \(conformances)") { printer in
            if equalityByWireForm {
                printer.line("public static func == (lhs: Self, rhs: Self) -> Bool { lhs.wireFormEquals(rhs) }")
                printer.line("public func hash(into hasher: inout Hasher) { self.hashWireForm(into: &hasher) }")
            }
            printer.line("public var description: String { self.redactedDescription }")
            printer.line("public var debugDescription: String { self.redactedDescription }")
            printer.line("public var customMirror: Mirror { self.redactedMirror }")
        }
    }
}
