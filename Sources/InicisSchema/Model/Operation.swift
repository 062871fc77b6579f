/// One call an app or server makes: a browser-SDK function or a REST endpoint.
public struct Operation: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable {
        case sdk
        case rest

        /// The platforms a request of this kind is sent from.
        public var platforms: [Platform] {
            switch self {
            case .sdk: [.pc, .mobile]
            case .rest: [.api]
            }
        }
    }

    /// The CLI's operation id: `payment`, `instant-payment`, …
    public var id: String
    public var kind: Kind
    /// The SDK function (`requestPayment`); nil for REST.
    public var function: String?
    /// The HTTP method and path template (`/payments/{paymentId}/instant`); nil for the SDK.
    public var httpMethod: String?
    public var path: String?
    /// The `{…}` parameters of `path`, in order.
    public var pathParameters: [Field]
    /// The object id of the request (SDK) or request body (REST).
    public var body: String
    /// Rules whose paths start at the body.
    public var rules: [Rule]
    public var examples: [Example]
    /// PortOne's developer documentation of the call (`https://developers.portone.io/…`).
    public var docsURL: String?
    public var documentation: Documentation
    public var location: SourceLocation

    public init(
        id: String,
        kind: Kind,
        function: String? = nil,
        httpMethod: String? = nil,
        path: String? = nil,
        pathParameters: [Field] = [],
        body: String,
        rules: [Rule] = [],
        examples: [Example] = [],
        docsURL: String? = nil,
        documentation: Documentation = .init(),
        location: SourceLocation
    ) {
        self.id = id
        self.kind = kind
        self.function = function
        self.httpMethod = httpMethod
        self.path = path
        self.pathParameters = pathParameters
        self.body = body
        self.rules = rules
        self.examples = examples
        self.docsURL = docsURL
        self.documentation = documentation
        self.location = location
    }
}

extension Operation {
    /// The Swift type the generated library declares for the operation:
    /// `RequestPaymentOperation` for the SDK (from the function), `InstantPaymentOperation` for
    /// REST (from the id).
    public var swiftTypeName: String {
        SwiftNaming.operationTypeName(kind == .sdk ? (function ?? id) : id)
    }
}

extension Operation {
    /// Ids an operation cannot have: its page is `<id>.md`, and these name the pages the
    /// generator writes for the whole schema (`README.md`, `bypass.md`, …). Lower case: on a
    /// file system that ignores case, `readme.md` is `README.md`.
    public static let reservedIDs: Set<String> = ["readme", "bypass", "contracts", "requiredness", "differences", "issue-codes"]

    /// What an operation too long for one page adds to its id to name its other pages
    /// (`payment-fields.md`, `payment-examples.md`): no other operation may be called that.
    public static let subpageSuffixes = ["-fields", "-examples"]
}
