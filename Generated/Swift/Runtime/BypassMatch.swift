// Copied from Sources/InicisRuntime/BypassMatch.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis {
    /// What a grammar read in one option string: which token, and the values in its holes, as
    /// written. Typed options (`AcceptMethod`, …) are built from it.
    @_spi(InicisCodegen)
    public struct BypassMatch: Hashable, Sendable {
        /// The token's id (`skin`, `slimquota`).
        public var token: String
        /// The id of the contract the option needs.
        public var contract: String?
        /// The token's values and repetitions, in syntax order.
        public var captures: [Capture]

        public indirect enum Capture: Hashable, Sendable {
            /// A value as written (`#C1272C`, `11`, `3`).
            case value(String)
            /// Each occurrence of a repeated group, with its own captures.
            case repetition([[Capture]])

            /// The text of a value capture.
            public var text: String {
                guard case .value(let text) = self else { preconditionFailure("Inicis.BypassMatch: not a value") }
                return text
            }

            /// The occurrences of a repetition capture.
            public var occurrences: [[Capture]] {
                guard case .repetition(let occurrences) = self else { preconditionFailure("Inicis.BypassMatch: not a repetition") }
                return occurrences
            }
        }
    }
}
