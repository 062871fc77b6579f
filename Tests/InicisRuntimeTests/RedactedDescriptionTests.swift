@_spi(InicisCodegen) @testable import InicisRuntime
import Testing

/// A model written the way the generator writes them, against the sample tables' `Customer`.
struct SampleCustomer: Inicis.GeneratedStruct, Hashable, CustomStringConvertible, CustomReflectable {
    static var schemaObjectID: String { "Customer" }
    static var catalog: Inicis.RequestCatalog { SampleTables.catalog }

    var wireObject: Inicis.WireObject

    init(wireObject: Inicis.WireObject) { self.wireObject = wireObject }

    init(fullName: String? = nil, email: String? = nil, cardNumber: String? = nil, unknownFields: Inicis.UnknownFields = [:]) {
        wireObject = Self.newWireObject(unknownFields: unknownFields)
        wireObject.set("fullName", fullName)
        wireObject.set("email", email)
        wireObject.set("cardNumber", cardNumber)
    }

    var fullName: String? {
        get { wireObject.optional("fullName") }
        set { wireObject.set("fullName", newValue) }
    }

    var email: String? {
        get { wireObject.optional("email") }
        set { wireObject.set("email", newValue) }
    }

    var unknownFields: Inicis.UnknownFields {
        get { wireObject.unknownFields }
        set { wireObject.unknownFields = newValue }
    }

    var description: String { redactedDescription }
    var customMirror: Mirror { redactedMirror }
}

@Suite("Redacted descriptions")
struct RedactedDescriptionTests {
    private let customer = SampleCustomer(
        fullName: "홍길동", email: "gildong@example.com", cardNumber: "4111111111111111",
        unknownFields: ["nickname": "길동이", "tags": ["vip"]]
    )

    @Test func descriptionShowsKeysButNoPrivateValue() {
        #expect(customer.description == #"Customer {"fullName":"<개인정보>","email":"<개인정보>","cardNumber":"<카드·인증 정보>","nickname":"<알 수 없는 키의 값>","tags":"<알 수 없는 키의 값>"}"#)
    }

    @Test func dumpShowsNoPrivateValue() {
        var text = ""
        dump(customer, to: &text)
        for secret in ["홍길동", "gildong", "4111", "길동이", "vip"] {
            #expect(!text.contains(secret), "\(text)")
        }
        #expect(text.contains("fullName"))
        #expect(text.contains("<개인정보>"))
    }

    @Test func plainValuesStayVisible() {
        let tables = SampleTables.catalog
        let request: Inicis.JSON = ["storeId": "store-1", "amount": 1000, "customer": ["email": "a@b.c"], "customData": ["k": "v"]]
        let document = Inicis.JSONDocument(request)
        let text = Inicis.RedactedJSON(document: document, catalog: tables).text(at: Inicis.JSONDocument.root, object: tables.object("Request"))
        #expect(text == #"{"storeId":"store-1","amount":1000,"customer":{"email":"<개인정보>"},"customData":"<JSON>"}"#)
    }
}
