import Foundation

extension Inicis {
    /// 포트원 REST API 호출 하나: 보내는 데 필요한 것(메서드, 경로, 헤더, 본문)을 모두 줍니다. HTTP 라이브러리에
    /// 기대지 않으므로 `URLSession`, AsyncHTTPClient 어느 쪽으로도 보낼 수 있습니다.
    ///
    /// ```swift
    /// let call = InstantPaymentOperation(paymentID: "order-1", body: input)
    /// var request = URLRequest(url: call.url())
    /// request.httpMethod = call.method.rawValue
    /// request.allHTTPHeaderFields = call.headers(apiSecret: secret)
    /// request.httpBody = try call.bodyData()
    /// ```
    public protocol RESTOperation: Inicis.Operation, Hashable, Sendable {
        associatedtype Body: Codable, Hashable, Sendable
        /// HTTP 메서드
        static var method: Inicis.HTTPMethod { get }
        /// `{…}` 자리에 경로 파라미터가 들어가는 경로 템플릿 (`/payments/{paymentId}/instant`)
        static var pathTemplate: String { get }
        /// 경로 파라미터를 퍼센트 인코딩해 채운 요청 경로
        var path: String { get }
        /// 요청 본문
        var body: Body { get }

        /// JSON 본문의 모든 문제를 경로 순서로 돌려줍니다 (플랫폼: REST API). JSON이 아닐 때만 던집니다.
        static func validate(json: Data, contracts: Set<Inicis.Contract>, now: Date) throws(Inicis.JSONSyntaxError) -> [Inicis.ValidationIssue]
    }
}

extension Inicis.RESTOperation {
    public static var platforms: [Inicis.Platform] { [.api] }

    /// HTTP 메서드
    public var method: Inicis.HTTPMethod { Self.method }

    /// 요청 URL: `baseURL` 뒤에 `path`
    public func url(baseURL: URL = Inicis.PortOneAPI.baseURL) -> URL {
        URL(string: baseURL.absoluteString.trimmingSuffix("/") + path)!
    }

    /// `Authorization: PortOne <API Secret>`과 `Content-Type: application/json`
    ///
    /// - Parameter apiSecret: 포트원 관리자 콘솔의 API Secret. 이 헤더를 로그에 남기지 마세요.
    public func headers(apiSecret: String) -> [String: String] {
        ["Authorization": "PortOne " + apiSecret, "Content-Type": "application/json"]
    }

    /// 본문의 JSON 바이트: 같은 본문이면 언제나 같은 바이트입니다(키는 정렬됩니다).
    public func bodyData() throws -> Data {
        // JSONEncoder writes object keys in hash order, which changes from one encoding to the
        // next; sorted keys make the bytes repeatable (request digests, caches, logs of sizes).
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(body)
    }

    public static func validate(json: Data) throws(Inicis.JSONSyntaxError) -> [Inicis.ValidationIssue] {
        try validate(json: json, contracts: [], now: Date())
    }
}

extension Inicis {
    /// HTTP 메서드
    public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public var rawValue: String

        public init(rawValue: String) { self.rawValue = rawValue }

        public static var get: Inicis.HTTPMethod { .init(rawValue: "GET") }
        public static var post: Inicis.HTTPMethod { .init(rawValue: "POST") }
        public static var put: Inicis.HTTPMethod { .init(rawValue: "PUT") }
        public static var patch: Inicis.HTTPMethod { .init(rawValue: "PATCH") }
        public static var delete: Inicis.HTTPMethod { .init(rawValue: "DELETE") }

        public var description: String { rawValue }
    }
}

extension Inicis {
    /// 포트원 REST API의 주소
    public enum PortOneAPI {
        /// `https://api.portone.io`
        public static let baseURL = URL(string: "https://api.portone.io")!

        /// 경로 파라미터 하나를 경로 구간으로 퍼센트 인코딩합니다: RFC 3986의 unreserved 문자만 그대로 둡니다.
        public static func pathSegment(_ value: String) -> String {
            var encoded = ""
            for byte in value.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                    encoded.unicodeScalars.append(Unicode.Scalar(byte))
                default:
                    encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
            }
            return encoded
        }
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : self[...]
    }

    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
