/// Writing generated text as UTF-8 bytes. The writers (`CodeWriter`, `MarkdownPage`) keep a
/// `[UInt8]` and append `TextPiece`s to it: copying a piece's bytes costs a fraction of
/// `String.append` or string interpolation, which re-examine both strings' storage and flags on
/// every call, and a file takes tens of thousands of appends.

extension Array<UInt8> {
    /// The pieces' bytes, in order: for pieces that are themselves made of pieces.
    @inline(__always)
    mutating func write<each Piece: TextPiece>(_ pieces: repeat each Piece) {
        repeat (each pieces).append(to: &self)
    }

    /// One piece. Not a pack of one: the compiler passes a pack through value witnesses (a copy
    /// and a destroy of each piece at run time), which for short pieces costs more than writing.
    @inline(__always)
    mutating func write<Piece: TextPiece>(_ piece: Piece) {
        piece.append(to: &self)
    }
}

/// Something a writer appends as UTF-8 without an intermediate `String`.
protocol TextPiece {
    func append(to bytes: inout [UInt8])
}

extension String: TextPiece {
    func append(to bytes: inout [UInt8]) {
        // Through a buffer pointer the append is one copy; through `utf8` it is a generic loop.
        // `withUTF8` would need a mutable copy of the string (a retain and a release per piece);
        // contiguous storage is available for every native string, small ones included.
        if utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: utf8)
        }
    }
}

extension Substring: TextPiece {
    func append(to bytes: inout [UInt8]) {
        if utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: utf8)
        }
    }
}

extension Int: TextPiece {
    /// Decimal, ASCII, independent of locale.
    func append(to bytes: inout [UInt8]) {
        if self < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = self.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }
}
