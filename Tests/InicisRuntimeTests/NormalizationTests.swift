import Foundation
@_spi(InicisCodegen) @testable import InicisRuntime
import Testing

@Suite("Normalization")
struct NormalizationTests {
    private func normalize(_ json: String, operation: String = "payment") throws -> Inicis.JSON {
        SampleTables.catalog.normalize(try Inicis.JSON(parsing: Data(json.utf8)), operation: operation)
    }

    @Test func resolvesAliasesWhereTheSchemaSaysEnumAndSortsEveryObject() throws {
        let normalized = try normalize(#"{"z":{"b":1,"a":"CURRENCY_KRW"},"currency":"CURRENCY_USD","items":[{"currency":"CURRENCY_EUR","name":"n"}],"storeId":"CURRENCY_KRW"}"#)
        #expect(normalized == [
            "currency": "USD",
            "items": [["currency": "EUR", "name": "n"]],
            "storeId": "CURRENCY_KRW",
            "z": ["a": "CURRENCY_KRW", "b": 1],
        ])
    }

    @Test func dropsNothing() throws {
        let normalized = try normalize(#"{"unknown":[1,null,{"y":true}],"currency":"YEN","amount":"1000","customer":null}"#)
        #expect(normalized == ["amount": "1000", "currency": "YEN", "customer": nil, "unknown": [1, nil, ["y": true]]])
    }
}
