import InicisSchema
import Testing

/// `<omitted>` in objects and enums lands in the model with its line; a document without any
/// (every schema written before the element existed) still loads unchanged.
@Suite("Omissions in the model")
struct OmissionModelTests {
    private func at(_ line: Int) -> InicisSchema.SourceLocation {
        InicisSchema.SourceLocation(file: "Valid/omissions.xml", line: line)
    }

    @Test func objectAndEnumOmissionsAreRead() throws {
        let result = try TestFiles.loadFixture("Valid/omissions.xml")
        #expect(result.diagnostics.isEmpty, "\(result.listing)")
        let schema = try #require(result.schema)
        #expect(schema.object("PaymentRequest")?.omissions == [
            Omission(name: "customData", reason: "Free-form JSON: the schema language has no type for it.", location: at(15)),
            Omission(name: "paypal", reason: "PortOne's emptyObject for PayPal; Inicis does not offer PayPal.", location: at(16)),
        ])
        #expect(schema.enumType("Currency")?.omissions == [
            Omission(name: "EUR", reason: "이니시스는 KRW와 USD만 지원합니다.", location: at(8)),
        ])
        // Omissions are not fields or values: nothing generated sees them.
        #expect(schema.object("PaymentRequest")?.fields.map(\.wireName) == ["storeId", "currency"])
        #expect(schema.enumType("Currency")?.values.map(\.wire) == ["KRW"])
    }

    @Test func documentsWithoutOmissionsHaveNone() throws {
        let result = try TestFiles.loadFixture("Valid/every-construct.xml")
        let schema = try #require(result.schema, "\(result.listing)")
        #expect(schema.objects.allSatisfy { $0.omissions.isEmpty })
        #expect(schema.enums.allSatisfy { $0.omissions.isEmpty })
    }
}
