import InicisSchema
import Testing

@Suite("Hostile and broken input")
struct HostileInputTests {
    private func load(_ text: String) -> SchemaLoadResult {
        SchemaLoader().load(Array(text.utf8), path: "hostile.xml")
    }

    /// One diagnostic, an error with exactly `message` (or, where the rest is libxml2's wording,
    /// starting with `prefix`) at `line`.
    private func expectSingleError(_ result: SchemaLoadResult, _ message: String, isPrefix: Bool = false, line: Int, file: String = "hostile.xml", sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(result.schema == nil, sourceLocation: sourceLocation)
        #expect(result.diagnostics.count == 1 && result.errors.count == 1, "\(result.listing)", sourceLocation: sourceLocation)
        let first = result.errors.first
        let matches = first.map { isPrefix ? $0.message.hasPrefix(message) : $0.message == message } ?? false
        #expect(matches, "\(result.listing)", sourceLocation: sourceLocation)
        #expect(first?.location.line == line, "\(result.listing)", sourceLocation: sourceLocation)
        #expect(first?.location.file == file, sourceLocation: sourceLocation)
    }

    @Test func emptyFile() {
        expectSingleError(SchemaLoader().load([], path: "hostile.xml"), "the schema file is empty", line: 1)
        expectSingleError(load(" \n\t\n"), "the schema file is empty", line: 1)
    }

    @Test func binaryFile() {
        let result = SchemaLoader().load([0x3C, 0x3F, 0x78, 0x0A, 0x41, 0x42, 0x00, 0x01], path: "hostile.xml")
        expectSingleError(result, "the schema file looks binary: it contains a NUL byte", line: 2)
        #expect(result.errors.first?.location.column == 3)
    }

    @Test func invalidUTF8ReportsLineAndColumnOfTheFirstBadByte() {
        var bytes = Array("<schema>\n  <title>가".utf8)
        bytes += [0xC3, 0x28]  // a lead byte followed by a non-continuation byte
        bytes += Array("</title>\n</schema>\n".utf8)
        let result = SchemaLoader().load(bytes, path: "hostile.xml")
        expectSingleError(result, "the schema file is not valid UTF-8: ill-formed byte sequence starting with 0xC3", line: 2)
        #expect(result.errors.first?.location.column == 11)
    }

    @Test(arguments: [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func illFormedUTF8Sequences(_ sequence: [UInt8]) {
        let result = SchemaLoader().load(Array("<a>".utf8) + sequence, path: "hostile.xml")
        expectSingleError(result, "the schema file is not valid UTF-8: ill-formed byte sequence starting with 0x\(String(sequence[0], radix: 16, uppercase: true))", line: 1)
    }

    @Test func declaredNonUTF8Encoding() {
        expectSingleError(load("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<schema/>"), "the schema file must be UTF-8, but its XML declaration says encoding 'ISO-8859-1'", line: 1)
    }

    @Test func malformedXMLHasLineAndColumn() {
        let result = load("<?xml version=\"1.0\"?>\n<schema xmlns=\"urn:inicis-codegen:schema:1\">\n  <title>x</titel>\n</schema>\n")
        expectSingleError(result, "malformed XML: Opening and ending tag mismatch", isPrefix: true, line: 3)
        #expect(result.errors.first.map { $0.location.column > 0 } == true)
    }

    @Test func noRootElement() {
        let result = load("<?xml version=\"1.0\"?>\n<!-- nothing else -->\n")
        expectSingleError(result, "malformed XML: ", isPrefix: true, line: 3)
    }

    @Test func wrongRootElement() {
        expectSingleError(load("<?xml version=\"1.0\"?>\n<scheme xmlns=\"urn:inicis-codegen:schema:1\"/>\n"), "the root element is 'scheme'; expected <schema xmlns=\"urn:inicis-codegen:schema:1\">", line: 2)
    }

    @Test func rootWithoutNamespace() {
        expectSingleError(load("<schema version=\"1\"><title>t</title></schema>"), "the root element 'schema' has no namespace; expected <schema xmlns=\"urn:inicis-codegen:schema:1\">", line: 1)
    }

    @Test func rootInAnotherNamespace() {
        expectSingleError(load("<schema xmlns=\"urn:other\" version=\"1\"/>"), "the root element is in namespace 'urn:other'; expected <schema xmlns=\"urn:inicis-codegen:schema:1\">", line: 1)
    }

    @Test func doctypeWithEntitiesIsRefusedAtItsLine() {
        let text = """
            <?xml version="1.0"?>
            <!-- a comment first -->
            <!DOCTYPE schema [
              <!ENTITY company "PortOne">
            ]>
            <schema xmlns="urn:inicis-codegen:schema:1" version="1"><title>&company;</title></schema>
            """
        expectSingleError(load(text), "the schema language does not allow DTDs or entity declarations; remove the <!DOCTYPE …> declaration", line: 3)
        #expect(load(text).errors.count == 1)
    }

    @Test func doctypeSpreadOverLinesIsReportedAtItsFirstLine() {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE\n  schema\n  SYSTEM\n  \"inicis.dtd\">\n<schema/>\n"
        expectSingleError(load(text), "the schema language does not allow DTDs or entity declarations; remove the <!DOCTYPE …> declaration", line: 2)
    }

    @Test func billionLaughsFailsFastWithoutExpanding() throws {
        let text = try String(decoding: TestFiles.bytes("Fixtures/Hostile/billion-laughs.xml"), as: UTF8.self)
        let clock = ContinuousClock()
        var result: SchemaLoadResult?
        let elapsed = clock.measure { result = load(text) }
        expectSingleError(try #require(result), "the schema language does not allow DTDs or entity declarations; remove the <!DOCTYPE …> declaration", line: 2)
        #expect(elapsed < .seconds(1))
    }

    @Test func externalDTDIsNeitherFetchedNorRead() throws {
        let text = try String(decoding: TestFiles.bytes("Fixtures/Hostile/external-dtd.xml"), as: UTF8.self)
        let clock = ContinuousClock()
        var result: SchemaLoadResult?
        let elapsed = clock.measure { result = load(text) }
        expectSingleError(try #require(result), "the schema language does not allow DTDs or entity declarations; remove the <!DOCTYPE …> declaration", line: 2)
        #expect(elapsed < .seconds(1))
    }

    @Test func externalEntityIsNotRead() throws {
        let text = try String(decoding: TestFiles.bytes("Fixtures/Hostile/xxe.xml"), as: UTF8.self)
        let result = load(text)
        expectSingleError(result, "the schema language does not allow DTDs or entity declarations; remove the <!DOCTYPE …> declaration", line: 2)
        #expect(!result.listing.contains("root:"), "the content of /etc/passwd leaked: \(result.listing)")
    }

    @Test func parameterEntityIsNotRead() {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE schema [<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/x.dtd\"> %remote;]>\n<schema/>\n"
        expectSingleError(load(text), "the schema language does not allow DTDs or entity declarations; remove the <!DOCTYPE …> declaration", line: 2)
    }

    @Test func undefinedEntityReferenceIsMalformed() {
        let text = "<?xml version=\"1.0\"?>\n<schema xmlns=\"urn:inicis-codegen:schema:1\" version=\"1\">\n<title>&passwd;</title></schema>\n"
        expectSingleError(load(text), "malformed XML: Entity 'passwd' not defined", isPrefix: true, line: 3)
    }

    @Test func deeplyNestedElementsDoNotCrash() {
        let depth = 100_000
        let text = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let result = load(text)
        #expect(result.schema == nil)
        #expect(!result.errors.isEmpty)
    }

    @Test func fiftyMegabytesAreRefusedBeforeParsing() throws {
        let bytes = Array("<?xml version=\"1.0\"?>\n<schema xmlns=\"urn:inicis-codegen:schema:1\" version=\"1\"><title>".utf8)
            + [UInt8](repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024) + Array("</title></schema>\n".utf8)
        let clock = ContinuousClock()
        var result: SchemaLoadResult?
        let elapsed = clock.measure { result = SchemaLoader().load(bytes, path: "hostile.xml") }
        expectSingleError(try #require(result), "the schema file is \(bytes.count) bytes long; the limit is 16777216 bytes", line: 0)
        #expect(elapsed < .seconds(1))
    }

    @Test func theSizeLimitIsAParameter() {
        let text = "<schema xmlns=\"urn:inicis-codegen:schema:1\" version=\"1\"><title>" + String(repeating: "a", count: 100) + "</title></schema>"
        let loader = SchemaLoader(maximumFileSize: 50)
        expectSingleError(loader.load(Array(text.utf8), path: "hostile.xml"), "the schema file is \(text.utf8.count) bytes long; the limit is 50 bytes", line: 0)
        #expect(loader.sizeProblem(50, path: "x") == nil)
        #expect(loader.sizeProblem(51, path: "x")?.message == "the schema file is 51 bytes long; the limit is 50 bytes")
    }

    @Test func nestingTenThousandLevelsDeepIsRefusedFast() throws {
        let depth = 10_000
        let text = "<?xml version=\"1.0\"?>\n<schema xmlns=\"urn:inicis-codegen:schema:1\" version=\"1\"><title>x</title>"
            + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</schema>\n"
        let clock = ContinuousClock()
        var result: SchemaLoadResult?
        let elapsed = clock.measure { result = load(text) }
        expectSingleError(try #require(result), "malformed XML: Excessive depth", isPrefix: true, line: 2)
        #expect(elapsed < .seconds(1))
    }

    /// The model is built only from a document the XSD accepts: what the builder would find in
    /// an invalid one does not show.
    @Test func xsdErrorsHideModelErrors() throws {
        let result = try TestFiles.loadFixture("Broken/xsd-violation-and-model-error.xml")
        expectSingleError(result, "Element 'field', attribute 'colour': The attribute 'colour' is not allowed.", line: 20, file: "Broken/xsd-violation-and-model-error.xml")
    }

    @Test func xsdViolationsAreAllReportedWithLines() throws {
        let result = try TestFiles.loadFixture("Broken/xsd-violations.xml")
        #expect(result.schema == nil)
        #expect(result.diagnostics.map { "\($0.location.line): \($0.severity): \($0.message)" } == [
            "3: error: Element 'schema': Missing child element(s). Expected is ( operations ).",
            "6: error: Element 'object', attribute 'colour': The attribute 'colour' is not allowed.",
            "9: error: Element 'field', attribute 'pc': [facet 'enumeration'] The value 'mandatory' is not an element of the set {'required', 'conditional', 'optional', 'ignored', 'unsupported'}.",
        ])
    }
}
