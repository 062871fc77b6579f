import Foundation
@_spi(InicisCodegen) import InicisRuntime
import InicisSchema

/// A quick start as the page shows it: the request's JSON, and the Swift that builds the same
/// request with the generated library, validates it and (for REST) makes the `URLRequest`. The
/// Swift is also compiled and run by the tests (`QuickStartSnippetsFile`), from these very lines.
struct QuickStartCode: Sendable {
    let operation: InicisSchema.Operation
    let example: Example
    /// The lines after the imports, as the page shows them.
    let body: [String]
    /// How the compiled copy hands back what the snippet made.
    let result: String

    static let imports = ["Foundation", "InicisV2"]

    /// Nil when the example's JSON cannot be built with the model (a quick start never is).
    init?(operation: InicisSchema.Operation, example: Example, schema: Schema) {
        guard let json = try? Inicis.JSON(parsing: Data(example.json.utf8)) else { return nil }
        let names = SwiftNames(schema: schema)
        let code = SwiftRequestCode(schema: schema)
        let contracts = example.contracts.compactMap(schema.contract).map { "." + names.contractName($0) }
        let contractArgument = contracts.isEmpty ? "" : "contracts: [" + contracts.joined(separator: ", ") + "]"
        let clean = "  // 문제가 없으면 빈 배열입니다."
        switch operation.kind {
        case .sdk:
            guard let request = code.object(json, id: operation.body, indent: "") else { return nil }
            let platform = "." + example.platform.rawValue
            let validation = names.bodyIsUnique(operation)
                ? "let issues = request.validate(platform: \(platform)" + (contractArgument.isEmpty ? "" : ", " + contractArgument) + ")"
                : "let issues = try Inicis.\(names.typeName(of: operation)).validate(json: JSONEncoder().encode(request), platform: \(platform)" + (contractArgument.isEmpty ? "" : ", " + contractArgument) + ")"
            body = [
                "let request = " + request,
                validation + clean,
                "let json = try JSONEncoder().encode(request)  // PortOne." + (operation.function ?? "request") + "에 넘길 JSON",
            ]
            result = "return .sdk(json: json, issues: issues)"
        case .rest:
            guard let request = code.object(json, id: operation.body, indent: "    ") else { return nil }
            let parameters = operation.pathParameters.map { "    " + names.memberName($0) + ": " + SwiftRequestCode.literal(Self.pathValue(of: $0, in: example)) + "," }
            body = ["let operation = Inicis.\(names.typeName(of: operation))("] + parameters + [
                "    body: " + request,
                ")",
                "let issues = operation.validate(" + contractArgument + ")" + clean,
                "",
                "var request = URLRequest(url: operation.url())",
                "request.httpMethod = operation.method.rawValue",
                "request.allHTTPHeaderFields = operation.headers(apiSecret: apiSecret)  // Authorization: PortOne <API Secret>",
                "request.httpBody = try operation.bodyData()",
            ]
            result = "return .rest(request: request, issues: issues)"
        }
        self.operation = operation
        self.example = example
    }

    /// The snippet as the page shows it.
    var text: String {
        (Self.imports.map { "import " + $0 } + [""] + body).joined(separator: "\n")
    }

    /// A path parameter of a quick start, read like an id a shop would make: the example's id
    /// (ASCII and unique) without the `quick-` that marks it, and a serial number:
    /// `quick-payment-schedule` -> `payment-schedule-0001`.
    static func pathValue(of parameter: Field, in example: Example) -> String {
        let name = example.id.hasPrefix("quick-") ? String(example.id.dropFirst("quick-".count)) : example.id
        return name + "-0001"
    }

    /// Where REST calls go: the runtime's, so that the pages and the library agree.
    static var apiBaseURL: String { Inicis.PortOneAPI.baseURL.absoluteString }

    /// `https://api.portone.io/payments/instant-payment-card-0001/instant`.
    static func url(of operation: InicisSchema.Operation, example: Example) -> String {
        var path = operation.path ?? ""
        for parameter in operation.pathParameters {
            path = path.replacingOccurrences(of: "{" + parameter.wireName + "}", with: pathValue(of: parameter, in: example))
        }
        return apiBaseURL + path
    }
}
