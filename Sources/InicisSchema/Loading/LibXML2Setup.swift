import CLibXML2

/// libxml2's process-wide state, set up once before the first parse.
///
/// `xmlInitParser` must run before threads share the library. The external entity loader is the
/// last line of defence: documents are refused before their DTD is read and the XSD is parsed from
/// memory, so no load should ever be attempted; if one is, it is refused rather than allowed to
/// open a file or a URL.
enum LibXML2Setup {
    private static let isReady: Bool = {
        xmlInitParser()
        xmlSetExternalEntityLoader(refuseExternalEntity)
        return true
    }()

    static func ensureReady() {
        _ = isReady
    }
}

private func refuseExternalEntity(
    _ url: UnsafePointer<CChar>?,
    _ publicID: UnsafePointer<CChar>?,
    _ context: xmlParserCtxtPtr?
) -> xmlParserInputPtr? {
    nil
}
