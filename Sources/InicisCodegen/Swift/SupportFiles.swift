/// Runtime pieces the generated models share, written verbatim (they do not depend on the schema).
enum SupportFiles {
    static func all() -> [GeneratedFile] {
        [platform, operations, pathSegment].map { file in
            SwiftFile.make(path: "Swift/Support/\(file.name).swift") { writer in
                if file.name == "Operations" {
                    writer.line("import Foundation")
                    writer.line()
                }
                writer.lines(file.lines)
            }
        }
    }

    private static let platform = (name: "Platform", lines: [
        "/// 요청을 보내는 곳: PC 또는 모바일 브라우저의 SDK, 또는 포트원 REST API",
        "public enum Platform: String, Codable, Hashable, Sendable, CaseIterable {",
        "    /// PC 브라우저의 SDK",
        "    case pc",
        "    /// 모바일 브라우저의 SDK",
        "    case mobile",
        "    /// 서버에서 호출하는 포트원 REST API",
        "    case api",
        "}",
    ])

    private static let operations = (name: "Operations", lines: [
        "/// 가이드가 다루는 연동 하나: 브라우저 SDK 호출 또는 REST API 호출",
        "public protocol InicisOperation {",
        "    /// 연동 아이디 (" + "`payment`, `instant-payment`, …)",
        "    static var id: String { get }",
        "    /// 요청을 보내는 플랫폼",
        "    static var platforms: [Platform] { get }",
        "    /// 요청 JSON을 이 연동의 모델로 디코딩한 뒤 다시 인코딩합니다. 별칭은 정식 값이 되고, 키는 정렬됩니다.",
        "    static func normalizedJSON(from json: Data) throws -> Data",
        "}",
        "",
        "extension SDKOperation {",
        "    public static func normalizedJSON(from json: Data) throws -> Data {",
        "        try CanonicalJSON.encoder.encode(JSONDecoder().decode(Request.self, from: json))",
        "    }",
        "}",
        "",
        "extension RESTOperation {",
        "    public static func normalizedJSON(from json: Data) throws -> Data {",
        "        try CanonicalJSON.encoder.encode(JSONDecoder().decode(Body.self, from: json))",
        "    }",
        "}",
        "",
        "/// 같은 값이면 항상 같은 바이트가 나오는 JSON 인코딩",
        "enum CanonicalJSON {",
        "    static var encoder: JSONEncoder {",
        "        let encoder = JSONEncoder()",
        "        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]",
        "        return encoder",
        "    }",
        "}",
        "",
        "/// 브라우저 SDK 함수 호출 (" + "`requestPayment`, …)",
        "public protocol SDKOperation: InicisOperation {",
        "    associatedtype Request: Codable, Hashable, Sendable",
        "    /// 호출할 SDK 함수",
        "    static var function: String { get }",
        "}",
        "",
        "/// 포트원 REST API 호출",
        "public protocol RESTOperation: InicisOperation {",
        "    associatedtype Body: Codable, Hashable, Sendable",
        "    /// HTTP 메서드 (" + "`POST`, …)",
        "    static var method: String { get }",
        "    /// " + "`{…}` 자리에 경로 파라미터가 들어가는 경로 템플릿",
        "    static var pathTemplate: String { get }",
        "}",
    ])

    private static let pathSegment = (name: "PathSegment", lines: [
        "/// URL 경로의 한 구간을 만드는 퍼센트 인코딩 (RFC 3986)",
        "enum PathSegment {",
        "    /// 영문자, 숫자, " + "`-._~`" + "만 그대로 두고 나머지 바이트(UTF-8)는 " + "`%XX`" + "로 바꿉니다. " + "`/`" + "도 인코딩하므로",
        "    /// 값이 경로 구간을 벗어나지 않습니다.",
        "    static func encode(_ value: String) -> String {",
        "        let hexDigits = Array(\"0123456789ABCDEF\".utf8)",
        "        var bytes: [UInt8] = []",
        "        for byte in value.utf8 {",
        "            switch byte {",
        "            case UInt8(ascii: \"A\")...UInt8(ascii: \"Z\"), UInt8(ascii: \"a\")...UInt8(ascii: \"z\"),",
        "                 UInt8(ascii: \"0\")...UInt8(ascii: \"9\"),",
        "                 UInt8(ascii: \"-\"), UInt8(ascii: \".\"), UInt8(ascii: \"_\"), UInt8(ascii: \"~\"):",
        "                bytes.append(byte)",
        "            default:",
        "                bytes += [UInt8(ascii: \"%\"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]",
        "            }",
        "        }",
        "        return String(decoding: bytes, as: UTF8.self)",
        "    }",
        "}",
    ])
}
