import Foundation
import InicisSchema
import Testing

@Suite("The real schema")
struct RealSchemaTests {
    let result: SchemaLoadResult

    init() throws {
        result = SchemaLoader().load(try TestFiles.bytes("schema/inicis-v2.xml", from: TestFiles.packageRoot), path: "schema/inicis-v2.xml")
    }

    @Test func loadsWithoutErrors() throws {
        #expect(result.errors.isEmpty, "\(result.listing)")
        #expect(result.schema != nil)
    }

    @Test func paymentOperationHasItsBodyAndCustomer() throws {
        let schema = try #require(result.schema?.resolved(), "\(result.listing)")
        let payment = try #require(schema.operation("payment"))
        #expect(payment.kind == .sdk)
        #expect(payment.function == "requestPayment")
        let body = try #require(schema.object(payment.body))
        let customer = try #require(body.field("customer"))
        #expect(customer.type == .object("Customer"))
        #expect(customer.requirements[.pc] == .required)
        #expect(customer.requirements[.mobile] == .optional)
        #expect(customer.requirements[.api] == nil)
        #expect(customer.location.file == "schema/inicis-v2.xml")
        #expect(customer.location.line > 1)
    }

    @Test func absentPlatformAttributesMeanOptionalOnTheOperationsPlatforms() throws {
        let schema = try #require(result.schema?.resolved())
        let locale = try #require(schema.object("PaymentRequest")?.field("locale"))
        #expect(locale.requirements.byPlatform == [.pc: .optional, .mobile: .optional])
    }

    @Test func rulesAndExamplesAreLoaded() throws {
        let schema = try #require(result.schema)
        let customer = try #require(schema.object("Customer"))
        let group = try #require(customer.rules.first { $0.id == "customer-name" })
        #expect(group.kind == .requiredGroup(alternatives: [["fullName"], ["firstName", "lastName"]]))
        #expect(group.platforms == [.pc])
        let example = try #require(schema.operation("payment")?.examples.first)
        #expect(example.json.hasPrefix("{"))
        #expect(example.json.hasSuffix("}"))
    }

    @Test func loadingIsFast() throws {
        let bytes = try TestFiles.bytes("schema/inicis-v2.xml", from: TestFiles.packageRoot)
        _ = SchemaLoader().load(bytes, path: "schema/inicis-v2.xml")
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<10 { _ = SchemaLoader().load(bytes, path: "schema/inicis-v2.xml") }
        }
        // Generous for a debug build on a busy machine; a release build takes a few milliseconds.
        #expect(elapsed < .seconds(5))
    }
}
