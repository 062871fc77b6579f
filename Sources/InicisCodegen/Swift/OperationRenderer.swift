import InicisSchema

/// One operation as a caseless enum: its id, how it is called, and its request type. REST
/// operations also build their path from typed, percent-encoded path parameters.
struct OperationRenderer {
    let operation: Operation
    let schema: Schema

    var typeName: String { SwiftTypeName.operation(operation) }

    private var bodyTypeName: String { schema.object(operation.body)?.swiftName ?? operation.body }

    func render(into writer: inout CodeWriter) {
        DocComment.write(operation.documentation, facts: [callFact()], into: &writer)
        let conformance = operation.kind == .sdk ? "SDKOperation" : "RESTOperation"
        writer.block("public enum ", typeName, ": ", conformance) { writer in
            writer.line("/// 연동 아이디 (CLI의 ", CodeSpan.Piece("--operation"), " 값)")
            writer.line("public static let id = ", SwiftStringLiteral.Piece(operation.id))
            writer.line()
            writer.line("/// 요청을 보내는 플랫폼")
            writer.line("public static let platforms: [Platform] = [", operation.kind.platforms.map { "." + $0.rawValue }.joined(separator: ", "), "]")
            writer.line()
            switch operation.kind {
            case .sdk: renderSDKMembers(into: &writer)
            case .rest: renderRESTMembers(into: &writer)
            }
        }
    }

    private func callFact() -> String {
        switch operation.kind {
        case .sdk:
            "SDK 함수: " + CodeSpan.render(operation.function ?? "")
        case .rest:
            "REST API: " + CodeSpan.render((operation.httpMethod ?? "") + " " + (operation.path ?? ""))
        }
    }

    private func renderSDKMembers(into writer: inout CodeWriter) {
        writer.line("/// 호출할 브라우저 SDK 함수")
        writer.line("public static let function = ", SwiftStringLiteral.Piece(operation.function ?? ""))
        writer.line()
        writer.line("/// SDK 함수에 넘기는 요청 객체")
        writer.line("public typealias Request = ", bodyTypeName)
    }

    private func renderRESTMembers(into writer: inout CodeWriter) {
        writer.line("/// HTTP 메서드")
        writer.line("public static let method = ", SwiftStringLiteral.Piece(operation.httpMethod ?? ""))
        writer.line()
        writer.line("/// 경로 템플릿: ", CodeSpan.Piece("{…}"), " 자리에 경로 파라미터가 들어갑니다.")
        writer.line("public static let pathTemplate = ", SwiftStringLiteral.Piece(operation.path ?? ""))
        writer.line()
        writer.line("/// 요청 본문 (JSON)")
        writer.line("public typealias Body = ", bodyTypeName)
        writer.line()
        renderPathFunction(into: &writer)
    }

    /// `path(paymentId:)`: the template with each parameter percent-encoded as one path segment.
    private func renderPathFunction(into writer: inout CodeWriter) {
        let parameters = operation.pathParameters
        writer.line("/// 경로 파라미터를 퍼센트 인코딩해 채운 요청 경로")
        if !parameters.isEmpty { writer.line("///") }
        for parameter in parameters {
            let summary = TextLines.singleLine(parameter.documentation.summary ?? parameter.wireName)
            writer.line("/// - Parameter ", parameter.swiftName, ": ", summary)
        }
        let signature = parameters.map { SwiftIdentifier.escaped($0.swiftName) + ": " + SwiftTypeName.of($0.type, in: schema) }
        writer.block("public static func path(", signature.joined(separator: ", "), ") -> String") { writer in
            writer.line(pathExpression())
        }
    }

    /// The template's literal pieces and encoded parameters joined with `+`.
    private func pathExpression() -> String {
        let pieces = PathTemplate.parse(operation.path ?? "").map { piece -> String in
            switch piece {
            case .literal(let text):
                return SwiftStringLiteral.render(text)
            case .parameter(let name):
                guard let parameter = operation.pathParameters.first(where: { $0.wireName == name }) else {
                    return SwiftStringLiteral.render("{" + name + "}")
                }
                return "PathSegment.encode(\(segmentText(parameter)))"
            }
        }
        return pieces.isEmpty ? "\"\"" : pieces.joined(separator: " + ")
    }

    /// The parameter's value as text.
    private func segmentText(_ parameter: Field) -> String {
        let name = SwiftIdentifier.escaped(parameter.swiftName)
        switch parameter.type {
        case .string, .dateTime: return name
        case .enumeration: return name + ".rawValue"
        default: return "String(describing: \(name))"
        }
    }
}

/// `/payments/{paymentId}/instant` as literals and parameter names.
enum PathTemplate {
    enum Piece: Equatable {
        case literal(String)
        case parameter(String)
    }

    static func parse(_ template: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.literal(String(rest[..<open]))) }
            pieces.append(.parameter(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.literal(String(rest))) }
        return pieces
    }
}
