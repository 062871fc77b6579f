import Foundation
import InicisV2

/// The generated operations by the schema's operation id, reached only through the public
/// protocols `Inicis.SDKOperation` and `Inicis.RESTOperation`, as an app or a server would.
///
/// The library has no catalog of its operations by id (the CLI has its own), so the tests keep
/// this list; a test checks it against the schema, so a new operation cannot be forgotten here.
enum GeneratedOperations {
    static var sdk: [any Inicis.SDKOperation.Type] { [
        Inicis.RequestPaymentOperation.self,
        Inicis.RequestIssueBillingKeyOperation.self,
        Inicis.RequestIssueBillingKeyAndPayOperation.self,
    ] }

    static var rest: [any Inicis.RESTOperation.Type] { [
        Inicis.InstantPaymentOperation.self,
        Inicis.BillingKeyOperation.self,
        Inicis.BillingKeyPaymentOperation.self,
        Inicis.PaymentScheduleOperation.self,
        Inicis.EscrowLogisticsOperation.self,
        Inicis.StoreReceiptOperation.self,
    ] }

    static var ids: [String] { sdk.map { $0.id } + rest.map { $0.id } }

    struct Unknown: Error, CustomStringConvertible {
        var id: String
        var description: String { "no generated operation has the id '\(id)'" }
    }

    /// `validate(json:…)` of the operation; REST operations are always sent from the API.
    static func validate(json: Data, operation id: String, platform: Inicis.Platform, contracts: Set<Inicis.Contract>, now: Date) throws -> [Inicis.ValidationIssue] {
        if let operation = sdk.first(where: { $0.id == id }) {
            return try operation.validate(json: json, platform: platform, contracts: contracts, now: now)
        }
        if let operation = rest.first(where: { $0.id == id }) {
            precondition(platform == .api, "REST operations are validated for the API only")
            return try operation.validate(json: json, contracts: contracts, now: now)
        }
        throw Unknown(id: id)
    }

    /// The request decoded into the operation's model, then `validate` of the model.
    static func validateModel(json: Data, operation id: String, platform: Inicis.Platform, contracts: Set<Inicis.Contract>, now: Date) throws -> [Inicis.ValidationIssue] {
        if let operation = sdk.first(where: { $0.id == id }) {
            return try validateSDKModel(operation, json, platform, contracts, now)
        }
        if let operation = rest.first(where: { $0.id == id }) {
            return try validateRESTModel(operation, json, contracts, now)
        }
        throw Unknown(id: id)
    }

    /// The request decoded into the operation's model and encoded again (keys sorted, so that
    /// the bytes can be compared).
    static func roundTrip(json: Data, operation id: String) throws -> Data {
        if let operation = sdk.first(where: { $0.id == id }) {
            return try roundTripRequest(operation, json)
        }
        if let operation = rest.first(where: { $0.id == id }) {
            return try roundTripBody(operation, json)
        }
        throw Unknown(id: id)
    }

    private static func roundTripRequest<Operation: Inicis.SDKOperation>(_: Operation.Type, _ json: Data) throws -> Data {
        try roundTrip(Operation.Request.self, json)
    }

    private static func roundTripBody<Operation: Inicis.RESTOperation>(_: Operation.Type, _ json: Data) throws -> Data {
        try roundTrip(Operation.Body.self, json)
    }

    /// The request decoded into the operation's model; for a REST operation, also the
    /// operation value around it (what an app passes around and may log).
    static func models(json: Data, operation id: String) throws -> [Any] {
        if let operation = sdk.first(where: { $0.id == id }) {
            return [try decodeRequest(operation, json)]
        }
        if let operation = rest.first(where: { $0.id == id }) {
            let body = try decodeBody(operation, json)
            return [body, try restCall(body: body)]
        }
        throw Unknown(id: id)
    }

    private static func decodeRequest<Operation: Inicis.SDKOperation>(_: Operation.Type, _ json: Data) throws -> Operation.Request {
        try JSONDecoder().decode(Operation.Request.self, from: json)
    }

    private static func decodeBody<Operation: Inicis.RESTOperation>(_: Operation.Type, _ json: Data) throws -> Operation.Body {
        try JSONDecoder().decode(Operation.Body.self, from: json)
    }

    static func roundTrip<Model: Codable>(_ type: Model.Type, _ json: Data) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(JSONDecoder().decode(Model.self, from: json))
    }

    private static func validateSDKModel<Operation: Inicis.SDKOperation>(_: Operation.Type, _ json: Data, _ platform: Inicis.Platform, _ contracts: Set<Inicis.Contract>, _ now: Date) throws -> [Inicis.ValidationIssue] {
        let request = try JSONDecoder().decode(Operation.Request.self, from: json)
        switch request {
        case let payment as Inicis.PaymentRequest:
            return payment.validate(platform: platform, contracts: contracts, now: now)
        case let billingKey as Inicis.IssueBillingKeyRequest:
            return billingKey.validate(platform: platform, contracts: contracts, now: now)
        case let billingKeyAndPay as Inicis.IssueBillingKeyAndPayRequest:
            return billingKeyAndPay.validate(platform: platform, contracts: contracts, now: now)
        default:
            throw Unknown(id: Operation.id)
        }
    }

    private static func validateRESTModel<Operation: Inicis.RESTOperation>(_: Operation.Type, _ json: Data, _ contracts: Set<Inicis.Contract>, _ now: Date) throws -> [Inicis.ValidationIssue] {
        let body = try JSONDecoder().decode(Operation.Body.self, from: json)
        return try restCall(body: body).validate(contracts: contracts, now: now)
    }

    /// An operation value around `body`, with a sample path parameter where it takes one.
    static func restCall(body: Any) throws -> any RESTCallValidating {
        switch body {
        case let body as Inicis.InstantPaymentInput: Inicis.InstantPaymentOperation(paymentID: "payment-1", body: body)
        case let body as Inicis.IssueBillingKeyBody: Inicis.BillingKeyOperation(body: body)
        case let body as Inicis.BillingKeyPaymentInput: Inicis.BillingKeyPaymentOperation(paymentID: "payment-1", body: body)
        case let body as Inicis.CreatePaymentScheduleBody: Inicis.PaymentScheduleOperation(paymentID: "payment-1", body: body)
        case let body as Inicis.RegisterEscrowLogisticsBody: Inicis.EscrowLogisticsOperation(paymentID: "payment-1", body: body)
        case let body as Inicis.RegisterStoreReceiptBody: Inicis.StoreReceiptOperation(paymentID: "payment-1", body: body)
        default: throw Unknown(id: "\(type(of: body))")
        }
    }
}

/// `validate(contracts:now:)` of a REST operation value: generated on each operation, not part
/// of `Inicis.RESTOperation`, so the tests name it themselves.
protocol RESTCallValidating {
    func validate(contracts: Set<Inicis.Contract>, now: Date) -> [Inicis.ValidationIssue]
}

extension Inicis.InstantPaymentOperation: RESTCallValidating {}
extension Inicis.BillingKeyOperation: RESTCallValidating {}
extension Inicis.BillingKeyPaymentOperation: RESTCallValidating {}
extension Inicis.PaymentScheduleOperation: RESTCallValidating {}
extension Inicis.EscrowLogisticsOperation: RESTCallValidating {}
extension Inicis.StoreReceiptOperation: RESTCallValidating {}
