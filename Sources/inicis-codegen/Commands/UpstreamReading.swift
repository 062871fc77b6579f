import Foundation
import InicisAudit

/// Reads PortOne's two documents for `audit`. Whatever keeps a file from being used (missing,
/// unreadable, too large, not UTF-8, malformed, not the expected shape) is `UnusableInput`.
enum UpstreamReading {
    /// PortOne's files are 0.2 MB (YAML) and 1.8 MB (JSON); anything far larger is not them.
    static let maximumFileSize = 64 << 20

    static func browserSDK(_ path: String) throws -> BrowserSDKDocument {
        let bytes = try read(path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw UnusableInput(description: "\(path): error: not UTF-8 text")
        }
        do {
            return try BrowserSDKDocument(yaml: text, file: path)
        } catch let error as UpstreamDocumentError {
            throw UnusableInput(description: error.description)
        }
    }

    static func openAPI(_ path: String) throws -> OpenAPIDocument {
        let bytes = try read(path)
        do {
            return try OpenAPIDocument(json: Data(bytes), file: path)
        } catch let error as UpstreamDocumentError {
            throw UnusableInput(description: error.description)
        }
    }

    private static func read(_ path: String) throws -> [UInt8] {
        let bytes = try SchemaReading.readFile(path, atMost: maximumFileSize + 1)
        guard bytes.count <= maximumFileSize else {
            throw UnusableInput(description: "\(path): error: larger than \(maximumFileSize >> 20) MB; not one of PortOne's schema files")
        }
        return bytes
    }
}
