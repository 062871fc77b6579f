/// Where something is in one of PortOne's files: a line of the YAML, or a JSON pointer into the
/// OpenAPI document (its parser reports no lines, and a pointer names the place exactly).
public struct UpstreamLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    public var line: Int?
    /// `#/components/schemas/InstantPaymentInput/properties/bypass`.
    public var pointer: String?

    public init(file: String, line: Int? = nil, pointer: String? = nil) {
        self.file = file
        self.line = line
        self.pointer = pointer
    }

    /// `file:line`, `file#/pointer`, or the file alone.
    public var description: String {
        if let line { return "\(file):\(line)" }
        if let pointer { return "\(file)\(pointer)" }
        return file
    }

    public static func < (lhs: UpstreamLocation, rhs: UpstreamLocation) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.pointer ?? "") < (rhs.file, rhs.line ?? 0, rhs.pointer ?? "")
    }
}
