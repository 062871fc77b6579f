import InicisSchema

/// One operation: for the SDK, a namespace that validates JSON and a `validate(platform:)` on the
/// request; for REST, a value holding the path parameters and the body that says how to send it.
struct OperationFile {
    let operation: Operation
    let names: SwiftNames

    private var typeName: String { names.typeName(of: operation) }
    private var bodyType: String { "Inicis." + names.typeName(ofObject: operation.body) }

    var file: GeneratedFile {
        SwiftSourceFile.make(path: "Swift/Operations/\(typeName).swift", imports: ["Foundation"]) { printer in
            var facts: [String] = []
            if let function = operation.function { facts.append("SDK 함수: " + CodeSpan.render(function)) }
            if let method = operation.httpMethod, let path = operation.path {
                facts.append("REST API: " + CodeSpan.render(method + " " + path))
            }
            printer.block("extension Inicis") { printer in
                SwiftDocComment(operation.documentation, facts: facts).print(into: &printer)
                switch operation.kind {
                case .sdk: printSDKOperation(into: &printer)
                case .rest: printRESTOperation(into: &printer)
                }
            }
            if operation.kind == .sdk, names.bodyIsUnique(operation) {
                printer.blankLine()
                printRequestValidation(into: &printer)
            }
        }
    }

    // MARK: SDK

    private func printSDKOperation(into printer: inout CodePrinter) {
        printer.block("public enum \(typeName): Inicis.SDKOperation") { printer in
            printer.line("public typealias Request = \(bodyType)")
            printer.blankLine()
            printer.line("public static var id: String { \(SwiftSource.literal(operation.id)) }")
            printer.line("public static var function: String { \(SwiftSource.literal(operation.function ?? "")) }")
            printer.blankLine()
            printer.line("public static func validate(json: Data, platform: Inicis.Platform, contracts: Set<Inicis.Contract> = [], now: Date = Date()) throws(Inicis.JSONSyntaxError) -> [Inicis.ValidationIssue] {")
            printer.indented { printer in
                printer.line("try Inicis.GeneratedTables.catalog.validate(json: json, operation: id, platform: platform, contracts: contracts, now: now)")
            }
            printer.line("}")
        }
    }

    /// `PaymentRequest.validate(platform:…)`, for a request that belongs to this operation only.
    private func printRequestValidation(into printer: inout CodePrinter) {
        printer.block("extension \(bodyType)") { printer in
            printer.line("/// 이 요청의 모든 문제를 경로 순서로 돌려줍니다. 처음 찾은 문제에서 멈추지 않습니다.")
            printer.line("///")
            printer.line("/// - Parameters:")
            printer.line("///   - platform: 요청을 보내는 곳 (`.pc` 또는 `.mobile`): 필수 여부가 플랫폼마다 다릅니다.")
            printer.line("///   - contracts: KG이니시스와 맺은 별도 계약. 계약이 필요한 기능을 쓰면 경고가 됩니다.")
            printer.line("///   - now: 미래여야 하는 시각(입금 기한 등)을 비교할 현재 시각")
            printer.line("public func validate(platform: Inicis.Platform, contracts: Set<Inicis.Contract> = [], now: Date = Date()) -> [Inicis.ValidationIssue] {")
            printer.indented { printer in
                printer.line("Inicis.GeneratedTables.catalog.validate(self, operation: Inicis.\(typeName).id, platform: platform, contracts: contracts, now: now)")
            }
            printer.line("}")
        }
    }

    // MARK: REST

    private func printRESTOperation(into printer: inout CodePrinter) {
        printer.block("public struct \(typeName): Inicis.RESTOperation") { printer in
            printer.line("public static var id: String { \(SwiftSource.literal(operation.id)) }")
            printer.line("public static var method: Inicis.HTTPMethod { .\((operation.httpMethod ?? "POST").lowercased()) }")
            printer.line("public static var pathTemplate: String { \(SwiftSource.literal(operation.path ?? "/")) }")
            for parameter in operation.pathParameters {
                printer.blankLine()
                SwiftDocComment(parameter.documentation, facts: ["경로 파라미터 " + CodeSpan.render("{" + parameter.wireName + "}")]).print(into: &printer)
                printer.line("public var \(names.memberName(parameter)): String")
            }
            printer.blankLine()
            printer.line("/// 요청 본문")
            printer.line("public var body: \(bodyType)")
            printer.blankLine()
            printInitializer(into: &printer)
            printer.blankLine()
            printer.line("/// 경로 파라미터를 퍼센트 인코딩해 채운 요청 경로")
            printer.line("public var path: String { \(pathExpression) }")
            printer.blankLine()
            printer.line("/// 본문의 모든 문제를 경로 순서로 돌려줍니다 (플랫폼: REST API).")
            printer.line("public func validate(contracts: Set<Inicis.Contract> = [], now: Date = Date()) -> [Inicis.ValidationIssue] {")
            printer.indented { printer in
                printer.line("Inicis.GeneratedTables.catalog.validate(self.body, operation: Self.id, platform: .api, contracts: contracts, now: now)")
            }
            printer.line("}")
            printer.blankLine()
            printer.line("public static func validate(json: Data, contracts: Set<Inicis.Contract> = [], now: Date = Date()) throws(Inicis.JSONSyntaxError) -> [Inicis.ValidationIssue] {")
            printer.indented { printer in
                printer.line("try Inicis.GeneratedTables.catalog.validate(json: json, operation: id, platform: .api, contracts: contracts, now: now)")
            }
            printer.line("}")
        }
    }

    private func printInitializer(into printer: inout CodePrinter) {
        let parameters = operation.pathParameters.map { "\(names.memberName($0)): String" } + ["body: \(bodyType)"]
        printer.block("public init(\(parameters.joined(separator: ", ")))") { printer in
            for parameter in operation.pathParameters {
                printer.line("self.\(names.memberName(parameter)) = \(names.memberName(parameter))")
            }
            printer.line("self.body = body")
        }
    }

    /// `"/payments/" + Inicis.PortOneAPI.pathSegment(paymentID) + "/instant"`.
    private var pathExpression: String {
        var parts: [String] = []
        var literal = ""
        for segment in (operation.path ?? "/").split(separator: "/") {
            literal += "/"
            if segment.hasPrefix("{"), segment.hasSuffix("}"),
               let parameter = operation.pathParameters.first(where: { $0.wireName == segment.dropFirst().dropLast() }) {
                parts.append(SwiftSource.literal(literal))
                parts.append("Inicis.PortOneAPI.pathSegment(self.\(names.memberName(parameter)))")
                literal = ""
            } else {
                literal += segment
            }
        }
        if !literal.isEmpty || parts.isEmpty { parts.append(SwiftSource.literal(literal)) }
        return parts.joined(separator: " + ")
    }
}
