import Foundation
@_spi(InicisCodegen) @testable import InicisRuntime
import Testing

/// The sample tables' `Currency`, as the generator writes an enum.
private struct SampleCurrency: Inicis.WireEnum, Inicis.WireValue {
    let rawValue: String
    init(rawValue: String) { self.rawValue = rawValue }
    static var aliasPrefix: String? { "CURRENCY" }
}

/// The sample tables' `Item` (`name` required on every platform, `currency` optional), as the
/// generator writes a struct model.
private struct SampleItem: Inicis.GeneratedStruct, Hashable, Codable {
    static var schemaObjectID: String { "Item" }
    static var catalog: Inicis.RequestCatalog { SampleTables.catalog }

    var wireObject: Inicis.WireObject

    init(wireObject: Inicis.WireObject) { self.wireObject = wireObject }

    init(name: String, currency: SampleCurrency? = nil, unknownFields: Inicis.UnknownFields = [:]) {
        wireObject = Self.newWireObject(unknownFields: unknownFields)
        wireObject.set("name", name)
        wireObject.set("currency", currency)
    }

    init(from decoder: any Decoder) throws { self.init(wireObject: try Self.decodeWireObject(from: decoder)) }
    func encode(to encoder: any Encoder) throws { try encodeModel(to: encoder) }

    var name: String {
        get { wireObject.required("name") }
        set { wireObject.set("name", newValue) }
    }

    var currency: SampleCurrency? {
        get { wireObject.optional("currency") }
        set { wireObject.set("currency", newValue) }
    }

    var unknownFields: Inicis.UnknownFields {
        get { wireObject.unknownFields }
        set { wireObject.unknownFields = newValue }
    }
}

/// The sample `Request`, decoded as a model decodes it, for paths through nested objects.
private struct DecodedRequest: Decodable {
    let wire: Inicis.WireObject
    init(from decoder: any Decoder) throws { wire = try Inicis.WireObject(from: decoder, object: "Request", in: SampleTables.catalog) }
}

@Suite("Wire objects: what a generated model stores")
struct WireObjectTests {
    private func decode<Model: Decodable>(_ type: Model.Type, _ json: String) throws -> Model {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    private func keys(_ model: SampleItem) -> [String] { model.wireObject.members.map(\.key) }

    @Test func decodingKeepsEveryKeyInCanonicalOrderWithAliasesResolved() throws {
        let item = try decode(SampleItem.self, #"{"zeta":1,"currency":"CURRENCY_USD","alpha":true,"name":"우산"}"#)
        #expect(keys(item) == ["name", "currency", "alpha", "zeta"])
        #expect(item.currency == SampleCurrency(rawValue: "USD"))
        #expect(item.unknownFields == ["alpha": true, "zeta": 1])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(item), as: UTF8.self) == #"{"alpha":true,"currency":"USD","name":"우산","zeta":1}"#)
    }

    @Test func propertiesSetInAnyOrderMakeEqualModels() {
        var first = SampleItem(name: "우산", unknownFields: ["memo": "a"])
        first.currency = SampleCurrency(rawValue: "KRW")
        var second = SampleItem(name: "x", currency: SampleCurrency(rawValue: "KRW"))
        second.unknownFields = ["memo": "a"]
        second.name = "우산"
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(keys(first) == ["name", "currency", "memo"])
        first.currency = nil
        #expect(keys(first) == ["name", "memo"])
    }

    @Test func nullIsAnAbsentOptionalKey() throws {
        let item = try decode(SampleItem.self, #"{"name":"우산","currency":null}"#)
        #expect(item.currency == nil)
        #expect(keys(item) == ["name"])
    }

    @Test func aMissingRequiredKeyIsKeyNotFound() throws {
        #expect {
            try decode(SampleItem.self, #"{"currency":"KRW"}"#)
        } throws: { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return false }
            return key.stringValue == "name"
        }
        #expect(throws: DecodingError.self) { try decode(SampleItem.self, #"{"name":null}"#) }
    }

    @Test func aValueOfAnotherTypeIsATypeMismatchAtItsPathThatDoesNotShowTheValue() throws {
        let json = #"{"storeId":"s","amount":1,"currency":"KRW","items":[{"name":"4111111111111111"},{"name":4111111111111111}]}"#
        #expect {
            try decode(DecodedRequest.self, json)
        } throws: { error in
            guard case DecodingError.typeMismatch(_, let context) = error else { return false }
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return path == ["items", "1", "name"] && !"\(error)".contains("4111")
        }
    }

    @Test func aWholeNumberWithAFractionIsAnInteger() throws {
        let request = try decode(DecodedRequest.self, #"{"storeId":"s","amount":1e3,"currency":"KRW"}"#)
        #expect(request.wire.members.first { $0.key == "amount" }?.value == .integer(1000))
    }

    @Test func unknownFieldsNamingAKnownKeySetItsProperty() {
        var item = SampleItem(name: "우산")
        item.unknownFields = ["currency": "CURRENCY_EUR", "memo": "a"]
        #expect(item.currency == SampleCurrency(rawValue: "EUR"))
        #expect(item.unknownFields == ["memo": "a"])
        #expect(keys(item) == ["name", "currency", "memo"])
    }

    @Test func aNestedModelReadsBackAsItWasSet() {
        let item = SampleItem(name: "우산", currency: SampleCurrency(rawValue: "KRW"))
        let read = SampleItem(wire: item.wireJSON)
        #expect(read == item)
        #expect([SampleItem](wire: [item, item].wireJSON) == [item, item])
    }
}
