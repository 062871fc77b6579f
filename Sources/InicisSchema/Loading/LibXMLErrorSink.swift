import CLibXML2

/// Collects libxml2's structured errors for one parse or one validation as diagnostics.
///
/// libxml2 calls back through C function pointers that cannot capture; the sink travels as the
/// callback's user data (or a parser context's `_private`), so that nothing global is involved
/// and concurrent loads do not see each other's errors.
final class LibXMLErrorSink {
    let file: String
    /// Prepended to every message: the stage the error comes from.
    let prefix: String
    /// Set when the parse was stopped on purpose; the parser's complaints after that are noise.
    var isMuted = false
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, prefix: String) {
        self.file = file
        self.prefix = prefix
    }

    func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func record(_ error: xmlError, useColumn: Bool) {
        guard !isMuted else { return }
        let severity: Severity = error.level == XML_ERR_WARNING ? .warning : .error
        let location = SourceLocation(file: file, line: Int(max(error.line, 0)), column: useColumn ? Int(max(error.int2, 0)) : 0)
        diagnostics.append(Diagnostic(severity, prefix + Self.readable(error.message), at: location))
    }

    /// libxml2's message on one line, with the schema language namespace left out of element
    /// names (`{urn:inicis-codegen:schema:1}field` reads as `field`).
    static func readable(_ message: UnsafeMutablePointer<CChar>?) -> String {
        guard let message else { return "unknown libxml2 error" }
        let text = String(cString: message).trimmingXMLWhitespace
        return text.replacing("{\(SchemaLanguage.namespace)}", with: "").replacing("\n", with: " ")
    }
}
