import CLibXML2

/// The schema language XSD, compiled once from the embedded text and shared by every load.
///
/// A compiled `xmlSchema` is read-only once parsed; each validation uses its own validation
/// context, which is what libxml2 requires for concurrent use. Hence `@unchecked Sendable`.
final class XSDValidator: @unchecked Sendable {
    private let schema: xmlSchemaPtr

    private init(schema: xmlSchemaPtr) {
        self.schema = schema
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// The validator, or the reasons the embedded XSD does not compile (a bug in this package).
    static let shared: Result<XSDValidator, CompileFailure> = compile(SchemaLanguage.xsd)

    struct CompileFailure: Error {
        var diagnostics: [Diagnostic]
    }

    /// Compiles an XSD from memory. With the refusing entity loader installed, an `xs:include`,
    /// `xs:import` or entity in the XSD cannot read a file or the network either.
    static func compile(_ xsd: String) -> Result<XSDValidator, CompileFailure> {
        LibXML2Setup.ensureReady()
        let sink = LibXMLErrorSink(file: "inicis-v2.xsd (embedded)", prefix: "the schema language XSD does not compile: ")
        let bytes = Array(xsd.utf8)
        let compiled: xmlSchemaPtr? = withExtendedLifetime(sink) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    guard let parser = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count)) else { return nil }
                    defer { xmlSchemaFreeParserCtxt(parser) }
                    xmlSchemaSetParserStructuredErrors(parser, recordStructuredError, Unmanaged.passUnretained(sink).toOpaque())
                    return xmlSchemaParse(parser)
                }
            }
        }
        guard let compiled else {
            let fallback = Diagnostic.error("the schema language XSD does not compile", at: SourceLocation(file: sink.file))
            return .failure(CompileFailure(diagnostics: sink.diagnostics.isEmpty ? [fallback] : sink.diagnostics))
        }
        return .success(XSDValidator(schema: compiled))
    }

    /// Every violation of the XSD in the document, with its line (libxml2 gives no column).
    func validate(_ document: XMLDocument, file: String) -> [Diagnostic] {
        let sink = LibXMLErrorSink(file: file, prefix: "")
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [.error("libxml2 could not create a schema validation context", at: SourceLocation(file: file))]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let result = withExtendedLifetime(sink) {
            xmlSchemaSetValidStructuredErrors(context, recordStructuredError, Unmanaged.passUnretained(sink).toOpaque())
            return xmlSchemaValidateDoc(context, document.pointer)
        }
        if result != 0, !sink.diagnostics.hasErrors {
            return sink.diagnostics + [.error("the schema does not match the schema language (libxml2 code \(result))", at: SourceLocation(file: file))]
        }
        return sink.diagnostics
    }
}

/// The structured-error callback of XSD compilation and validation; the user data is the sink.
private func recordStructuredError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error else { return }
    Unmanaged<LibXMLErrorSink>.fromOpaque(userData).takeUnretainedValue().record(error.pointee, useColumn: false)
}
