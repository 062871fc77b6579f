import CLibXML2

/// A parsed schema file: libxml2's tree, freed with this object.
final class XMLDocument {
    let pointer: xmlDocPtr

    private init(pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    var rootElement: ElementNode? {
        xmlDocGetRootElement(pointer).map(ElementNode.init)
    }

    /// Parses well-formed XML without ever reading anything but `bytes`.
    ///
    /// The schema language needs no DTD, so any DOCTYPE is refused the moment the parser meets it,
    /// before an internal subset is read: entity declarations (the billion laughs, XXE) and external
    /// DTDs never get a chance to be expanded or fetched. `bytes` must already be valid UTF-8.
    static func parse(_ bytes: [UInt8], file: String) -> (document: XMLDocument?, diagnostics: [Diagnostic]) {
        LibXML2Setup.ensureReady()
        guard let context = xmlNewParserCtxt() else {
            return (nil, [.error("libxml2 could not create a parser", at: SourceLocation(file: file))])
        }
        defer { xmlFreeParserCtxt(context) }

        let listener = ParseListener(file: file, bytes: bytes)
        let document: xmlDocPtr? = withExtendedLifetime(listener) {
            context.pointee._private = Unmanaged.passUnretained(listener).toOpaque()
            installHandlers(on: context)
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), file, "UTF-8", parseOptions)
                }
            }
        }
        let diagnostics = listener.sink.diagnostics
        guard let document else {
            let fallback = Diagnostic.error("the schema file is not well-formed XML", at: SourceLocation(file: file))
            return (nil, diagnostics.isEmpty ? [fallback] : diagnostics)
        }
        let parsed = XMLDocument(pointer: document)
        guard context.pointee.wellFormed != 0, !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (parsed, diagnostics)
    }

    /// No network, exact line numbers past 65535, no white-space-only text nodes. Never entity
    /// substitution, DTD loading or validation, XInclude or the lifting of the parser's size limits.
    /// The encoding declaration is ignored: the bytes were checked to be UTF-8 already.
    private static let parseOptions = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_IGNORE_ENC.rawValue
    )

    private static func installHandlers(on context: xmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        sax.pointee.serror = { userData, error in
            guard let error, let listener = ParseListener.from(userData) else { return }
            listener.sink.record(error.pointee, useColumn: true)
        }
        sax.pointee.internalSubset = { userData, _, _, _ in
            refuseDTD(userData)
        }
        // Unreachable once `internalSubset` has stopped the parser; kept so that an entity
        // declaration can never be registered whatever path the parser takes.
        sax.pointee.entityDecl = { userData, _, _, _, _, _ in
            refuseDTD(userData)
        }
        sax.pointee.externalSubset = { userData, _, _, _ in
            refuseDTD(userData)
        }
    }
}

/// Records the refusal at the DOCTYPE's line and stops the parser on the spot.
private func refuseDTD(_ userData: UnsafeMutableRawPointer?) {
    guard let userData, let listener = ParseListener.from(userData), !listener.sink.isMuted else { return }
    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    let line = listener.lineOfDoctype(consumedBytes: Int(xmlByteConsumed(context)))
    listener.sink.add(.error(
        "the schema language does not allow DTDs or entity declarations; remove the <!DOCTYPE …> declaration",
        at: SourceLocation(file: listener.sink.file, line: line)
    ))
    listener.sink.isMuted = true
    xmlStopParser(context)
}

/// What the SAX callbacks of one parse reach through the parser context's `_private`.
private final class ParseListener {
    let sink: LibXMLErrorSink
    let bytes: [UInt8]

    init(file: String, bytes: [UInt8]) {
        self.sink = LibXMLErrorSink(file: file, prefix: "malformed XML: ")
        self.bytes = bytes
    }

    /// The listener of the parser context whose SAX user data is `userData` (libxml2 passes the
    /// context itself as user data).
    static func from(_ userData: UnsafeMutableRawPointer?) -> ParseListener? {
        guard let userData else { return nil }
        let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let opaque = context.pointee._private else { return nil }
        return Unmanaged<ParseListener>.fromOpaque(opaque).takeUnretainedValue()
    }

    /// The line of the last `<!DOCTYPE` before the parser's position: the parser calls back after
    /// reading the DOCTYPE's name and external id, which may be on later lines.
    func lineOfDoctype(consumedBytes: Int) -> Int {
        let end = min(max(consumedBytes, 0), bytes.count)
        let marker = Array("<!DOCTYPE".utf8)
        var start = end - marker.count
        while start >= 0, !bytes[start..<(start + marker.count)].elementsEqual(marker) {
            start -= 1
        }
        let offset = start >= 0 ? start : end
        return 1 + bytes[..<offset].lazy.filter { $0 == 0x0A }.count
    }
}
