/// One of PortOne's files cannot be audited against: not YAML or JSON, not the shape of PortOne's
/// SDK schema or of an OpenAPI document, or a reference that leads nowhere. The CLI prints the
/// description as its one line on stderr and exits 2.
public struct UpstreamDocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `file:line: error: …` or `file: error: …`, on one line.
    public var description: String

    init(_ location: String, _ message: String) {
        let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        description = "\(location): error: \(oneLine)"
    }

    init(at location: UpstreamLocation, _ message: String) {
        self.init(location.description, message)
    }
}
