/// Writing generated text as UTF-8 bytes. The writers (`CodeWriter`, `MarkdownPage`) keep a
/// `[UInt8]` and append `TextPiece`s to it: copying a piece's bytes costs a fraction of
/// `String.append` or string interpolation, which re-examine both strings' storage and flags on
/// every call, and a file takes tens of thousands of appends.

extension Array<UInt8> {
    /// The pieces' bytes, in order, for any number of pieces. Swift 6.3 walks a pack generically
    /// even in specialized code, copying each piece through its value witness (about a hundred
    /// instructions a piece), so one to eight pieces take the overloads below, which Swift
    /// prefers and specializes like any generic function.
    @inline(__always)
    mutating func write<each Piece: TextPiece>(_ pieces: repeat each Piece) {
        repeat (each pieces).append(to: &self)
    }

    @inline(__always)
    mutating func write<A: TextPiece>(_ a: A) {
        a.append(to: &self)
    }

    @inline(__always)
    mutating func write<A: TextPiece, B: TextPiece>(_ a: A, _ b: B) {
        a.append(to: &self)
        b.append(to: &self)
    }

    @inline(__always)
    mutating func write<A: TextPiece, B: TextPiece, C: TextPiece>(_ a: A, _ b: B, _ c: C) {
        a.append(to: &self)
        b.append(to: &self)
        c.append(to: &self)
    }

    @inline(__always)
    mutating func write<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D
    ) {
        a.append(to: &self)
        b.append(to: &self)
        c.append(to: &self)
        d.append(to: &self)
    }

    @inline(__always)
    mutating func write<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece, E: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D, _ e: E
    ) {
        a.append(to: &self)
        b.append(to: &self)
        c.append(to: &self)
        d.append(to: &self)
        e.append(to: &self)
    }

    @inline(__always)
    mutating func write<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece, E: TextPiece, F: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F
    ) {
        a.append(to: &self)
        b.append(to: &self)
        c.append(to: &self)
        d.append(to: &self)
        e.append(to: &self)
        f.append(to: &self)
    }

    @inline(__always)
    mutating func write<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece, E: TextPiece, F: TextPiece, G: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G
    ) {
        a.append(to: &self)
        b.append(to: &self)
        c.append(to: &self)
        d.append(to: &self)
        e.append(to: &self)
        f.append(to: &self)
        g.append(to: &self)
    }

    @inline(__always)
    mutating func write<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece, E: TextPiece, F: TextPiece, G: TextPiece, H: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G, _ h: H
    ) {
        a.append(to: &self)
        b.append(to: &self)
        c.append(to: &self)
        d.append(to: &self)
        e.append(to: &self)
        f.append(to: &self)
        g.append(to: &self)
        h.append(to: &self)
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
