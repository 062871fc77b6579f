/// The UTF-8 bytes of a generated file while it is being built, made into a `String` once at the
/// end. Appending a string's bytes to an array costs a fraction of `String.append`, which
/// re-examines both strings' storage and flags on every call; a file takes tens of thousands.
struct TextBuffer {
    private var bytes: [UInt8] = []

    init(_ text: String = "") {
        // Most generated files are a few to a few dozen KB; start big enough for many of them.
        bytes.reserveCapacity(16 * 1024)
        append(text)
    }

    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(_ text: String) {
        // Through a buffer pointer the append is one copy; through `utf8` it is a generic loop.
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ other: TextBuffer) {
        bytes.append(contentsOf: other.bytes)
    }

    /// The text so far. Every byte came from a `String`, so decoding never repairs anything.
    var string: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
