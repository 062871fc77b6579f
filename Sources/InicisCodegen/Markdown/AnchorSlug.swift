/// `Naming.anchor` written into a byte buffer: anchors are made for every row of every page, and
/// building each from per-part strings cost more than the rest of the row.
enum AnchorSlug {
    /// The same as `Naming.anchor(parts...)`.
    static func anchor(_ parts: String...) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: "-")) }
            append(part, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One part: ASCII lowercased, every character outside `[a-z0-9]` replaced by `-`.
    static func append(_ part: String, to bytes: inout [UInt8]) {
        var part = part
        part.withUTF8 { source in
            // Copied in one go, then slugged in place: appending byte by byte cost more than the
            // slugging. Continuation bytes are dropped, so the write index trails the read index.
            let start = bytes.count
            bytes.append(contentsOf: source)
            let end = bytes.withUnsafeMutableBufferPointer { buffer in
                var write = start
                for read in start..<buffer.count {
                    let byte = buffer[read]
                    switch byte {
                    case 0x61...0x7A, 0x30...0x39: buffer[write] = byte
                    case 0x41...0x5A: buffer[write] = byte + 0x20
                    // A continuation byte belongs to a character whose first byte gave its dash.
                    case 0x80...0xBF: continue
                    default: buffer[write] = UInt8(ascii: "-")
                    }
                    write += 1
                }
                return write
            }
            bytes.removeLast(bytes.count - end)
        }
    }
}
