/// The UTF-8 bytes of a generated file while it is being built. Appending a string's bytes to an
/// array costs a fraction of `String.append` or string interpolation, which re-examine both
/// strings' storage and flags on every call; a file takes tens of thousands of appends.
///
/// `append("case ", name, " = ", value)` takes any number of pieces without building a
/// temporary `String` (or an array of them) first: prefer it to `append("case \(name) = …")`.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []

    init(_ text: String = "") {
        // Most generated files are a few to a few dozen KB; start big enough for many of them.
        bytes.reserveCapacity(16 * 1024)
        append(text)
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// How many bytes so far: a mark to `truncate(to:)` when what followed turned out empty.
    var count: Int { bytes.count }

    mutating func append<each Piece: TextPiece>(_ pieces: repeat each Piece) {
        repeat (each pieces).append(to: &bytes)
    }

    // One to four pieces as ordinary generic functions, which Swift prefers to the pack: in
    // Swift 6.3 a pack is walked generically even in specialized code, copying every piece
    // through its value witness (see `CodeWriter+Lines.swift`).

    mutating func append<A: TextPiece>(_ a: A) {
        a.append(to: &bytes)
    }

    mutating func append<A: TextPiece, B: TextPiece>(_ a: A, _ b: B) {
        a.append(to: &bytes)
        b.append(to: &bytes)
    }

    mutating func append<A: TextPiece, B: TextPiece, C: TextPiece>(_ a: A, _ b: B, _ c: C) {
        a.append(to: &bytes)
        b.append(to: &bytes)
        c.append(to: &bytes)
    }

    mutating func append<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece>(_ a: A, _ b: B, _ c: C, _ d: D) {
        a.append(to: &bytes)
        b.append(to: &bytes)
        c.append(to: &bytes)
        d.append(to: &bytes)
    }

    mutating func append(_ other: TextBuffer) {
        bytes.append(contentsOf: other.bytes)
    }

    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    mutating func truncate(to count: Int) {
        bytes.removeSubrange(count...)
    }

    /// The text so far. Every byte came from a `String`, so decoding never repairs anything.
    var string: String {
        String(decoding: bytes, as: UTF8.self)
    }
}

/// Something a `TextBuffer` appends as UTF-8 without an intermediate `String`.
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

extension TextBuffer: TextPiece {
    func append(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: self.bytes)
    }
}
