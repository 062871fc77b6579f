import InicisSchema
import Testing

@Suite("Embedded schema language")
struct EmbeddedXSDTests {
    @Test func embeddedXSDIsByteIdenticalToTheFile() throws {
        let onDisk = try TestFiles.bytes("schema/inicis-v2.xsd", from: TestFiles.packageRoot)
        let embedded = Array(SchemaLanguage.xsd.utf8)
        #expect(
            embedded == onDisk,
            """
            Sources/InicisSchema/Loading/SchemaLanguage+XSD.swift is out of date with schema/inicis-v2.xsd \
            (\(embedded.count) vs \(onDisk.count) bytes). Regenerate it from the package root with:
                Scripts/embed-xsd.sh
            """
        )
    }

    @Test func namespaceMatchesTheXSD() {
        #expect(SchemaLanguage.xsd.contains("targetNamespace=\"\(SchemaLanguage.namespace)\""))
    }
}
