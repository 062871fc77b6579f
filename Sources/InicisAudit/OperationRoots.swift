import InicisSchema

/// Where each operation's request starts in PortOne's documents, or the drift that says it is
/// not there any more.
///
/// SDK: the `input` of the method named like the operation's function (`requestPayment` →
/// `#/resources/request/PaymentRequest`). REST: the `application/json` request body of the
/// operation's method and path.
enum OperationRoots {
    struct Start {
        var root: WireNode?
        var drifts: [Drift] = []
    }

    static func sdk(_ operation: Operation, in document: BrowserSDKDocument) -> Start {
        guard let function = operation.function else { return Start(root: nil) }
        if let input = document.input(of: function) { return Start(root: input) }
        return Start(root: nil, drifts: [drift(
            .operationMissing, "\(document.title) has no method '\(function)'",
            operation, upstream: document.methodsLocation)])
    }

    static func rest(_ operation: Operation, in document: OpenAPIDocument) -> Start {
        guard let method = operation.httpMethod, let path = operation.path else { return Start(root: nil) }
        switch document.endpoint(method: method, path: path) {
        case .noPath:
            let elsewhere = document.endpoints(takingComponent: operation.body)
            let hint = elsewhere.isEmpty ? "" : "; '\(operation.body)' is the body of \(elsewhere.joined(separator: ", "))"
            return Start(root: nil, drifts: [drift(
                .operationMissing, "\(document.title) has no path '\(path)'\(hint)",
                operation, upstream: document.pathsLocation)])
        case .noMethod(let available):
            return Start(root: nil, drifts: [drift(
                .operationMissing, "\(document.title) has no \(method) on '\(path)' (it has \(available.joined(separator: ", ")))",
                operation, upstream: document.pathsLocation)])
        case .noJSONBody(let location):
            return Start(root: nil, drifts: [drift(
                .requestBodyChanged, "\(method) \(path) takes no JSON request body in \(document.title)",
                operation, upstream: location)])
        case .body(let root, let componentName):
            guard let componentName, componentName != operation.body else { return Start(root: root) }
            // Renamed or replaced: say so, and compare the body PortOne takes now.
            return Start(root: root, drifts: [drift(
                .requestBodyChanged, "\(method) \(path) takes '\(componentName)' as its body in \(document.title), the schema object '\(operation.body)'",
                operation, upstream: root.location)])
        }
    }

    private static func drift(_ kind: DriftKind, _ detail: String, _ operation: Operation, upstream: UpstreamLocation) -> Drift {
        Drift(kind: kind, operationID: operation.id, paths: [], detail: detail,
              location: operation.location, upstream: upstream, subject: .operation(id: operation.id))
    }
}
