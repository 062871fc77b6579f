/// `line` for one to eight pieces (and `block` for two to four), as ordinary generic functions
/// over `Array<UInt8>.write`'s overloads of the same arity: a parameter pack would be walked
/// generically (see `write`). Swift prefers them to the pack versions.
extension CodeWriter {
    mutating func line<A: TextPiece>(_ a: A) {
        writeLine { $0.write(a) }
    }

    mutating func line<A: TextPiece, B: TextPiece>(_ a: A, _ b: B) {
        writeLine { $0.write(a, b) }
    }

    mutating func line<A: TextPiece, B: TextPiece, C: TextPiece>(_ a: A, _ b: B, _ c: C) {
        writeLine { $0.write(a, b, c) }
    }

    mutating func line<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D
    ) {
        writeLine { $0.write(a, b, c, d) }
    }

    mutating func line<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece, E: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D, _ e: E
    ) {
        writeLine { $0.write(a, b, c, d, e) }
    }

    mutating func line<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece, E: TextPiece, F: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F
    ) {
        writeLine { $0.write(a, b, c, d, e, f) }
    }

    mutating func line<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece, E: TextPiece, F: TextPiece, G: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G
    ) {
        writeLine { $0.write(a, b, c, d, e, f, g) }
    }

    mutating func line<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece, E: TextPiece, F: TextPiece, G: TextPiece, H: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G, _ h: H
    ) {
        writeLine { $0.write(a, b, c, d, e, f, g, h) }
    }

    // `block` openers of two to four pieces, for the same reason.

    mutating func block<A: TextPiece, B: TextPiece>(_ a: A, _ b: B, body: (inout CodeWriter) -> Void) {
        line(a, b, " {")
        indented(body)
        line("}")
    }

    mutating func block<A: TextPiece, B: TextPiece, C: TextPiece>(_ a: A, _ b: B, _ c: C, body: (inout CodeWriter) -> Void) {
        line(a, b, c, " {")
        indented(body)
        line("}")
    }

    mutating func block<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D, body: (inout CodeWriter) -> Void
    ) {
        line(a, b, c, d, " {")
        indented(body)
        line("}")
    }
}
